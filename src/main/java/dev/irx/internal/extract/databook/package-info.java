/**
 * Data books (決算補足資料, fact books): every grid of quarters and years, with its 前期比 and 増減 rows.
 */
package dev.irx.internal.extract.databook;
