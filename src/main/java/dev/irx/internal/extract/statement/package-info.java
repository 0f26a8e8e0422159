/**
 * The statements of a 決算短信 body: balance sheet, income statement, comprehensive income, equity changes and cash flows.
 */
package dev.irx.internal.extract.statement;
