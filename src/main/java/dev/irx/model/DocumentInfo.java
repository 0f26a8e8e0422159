package dev.irx.model;

import java.time.LocalDate;

/**
 * What the document is about.
 *
 * @param fiscalYearEndMonth month (1-12) in which the company's fiscal year ends; null when unknown
 */
public record DocumentInfo(DocumentKind kind, String title, Company company, LocalDate publishedOn,
                           AccountingStandard accountingStandard, Integer fiscalYearEndMonth) {

    public DocumentInfo {
        if (company == null) company = Company.UNKNOWN;
        if (kind == null) kind = DocumentKind.UNKNOWN;
    }
}
