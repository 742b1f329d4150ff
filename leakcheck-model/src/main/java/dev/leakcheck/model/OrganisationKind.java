package dev.leakcheck.model;

/**
 * What kind of organisation meets the incident: which APPI regime it answers to.
 */
public enum OrganisationKind {
    /** 個人情報取扱事業者 (also the bodies of Appended Table 2 and public hospitals and universities that follow the private rules). */
    BUSINESS,
    /** 国の行政機関. */
    NATIONAL_ADMINISTRATIVE_ORGAN,
    /** 独立行政法人等. */
    INCORPORATED_ADMINISTRATIVE_AGENCY,
    /** 地方公共団体の機関. */
    LOCAL_GOVERNMENT,
    /** 地方独立行政法人. */
    LOCAL_INCORPORATED_ADMINISTRATIVE_AGENCY
}
