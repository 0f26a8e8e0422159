package dev.irx.model;

/** The issuer. Any field may be null when the document does not say. */
public record Company(String name, String securitiesCode, String market) {

    public static final Company UNKNOWN = new Company(null, null, null);
}
