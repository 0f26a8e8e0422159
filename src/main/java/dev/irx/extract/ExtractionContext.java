package dev.irx.extract;

import dev.irx.model.DocumentInfo;
import dev.irx.normalize.FiscalCalendar;
import dev.irx.normalize.PeriodParser;

/** What every rule of one extraction run shares: the document's profile, its calendar, the dictionary. */
record ExtractionContext(DocumentInfo info, FiscalCalendar calendar, PeriodParser periods, LabelDictionary labels,
                         FactSink sink) {

    static ExtractionContext of(DocumentInfo info, LabelDictionary labels) {
        int fyEnd = info.fiscalYearEndMonth() == null ? 3 : info.fiscalYearEndMonth();
        FiscalCalendar calendar = new FiscalCalendar(fyEnd, FiscalCalendar.FyLabel.START_YEAR);
        return new ExtractionContext(info, calendar, new PeriodParser(calendar), labels, new FactSink());
    }
}
