package dev.leakcheck.model;

/** How the incident came to light (発覚した経緯). */
public enum DiscoveryRoute {
    SELF_REPORT,
    THIRD_PARTY,
    POLICE,
    FINDER,
    EXTERNAL_REPORT,
    SECURITY_MONITORING,
    RANSOM_DEMAND,
    CUSTOMER_REPORT,
    MEDIA_INQUIRY,
    RUMOR,
    EXTORTION
}
