package dev.irx.model;


import java.time.LocalDate;

/**
 * What the document is about.
 *
 * @param fiscalYearEndMonth month (1-12) in which the company's fiscal year ends; null when unknown
 * @param rounding           how the document says it rounded its amounts (「百万円未満切捨て」); null when it
 *                           does not say
 */
public record DocumentInfo(DocumentKind kind, String title, Company company, LocalDate publishedOn,
                           AccountingStandard accountingStandard, Integer fiscalYearEndMonth, Rounding rounding) {

    public DocumentInfo {
        if (company == null) company = Company.UNKNOWN;
        if (kind == null) kind = DocumentKind.UNKNOWN;
    }

    /** A document that does not state its rounding. */
    public DocumentInfo(DocumentKind kind, String title, Company company, LocalDate publishedOn,
                        AccountingStandard accountingStandard, Integer fiscalYearEndMonth) {
        this(kind, title, company, publishedOn, accountingStandard, fiscalYearEndMonth, null);
    }
}
