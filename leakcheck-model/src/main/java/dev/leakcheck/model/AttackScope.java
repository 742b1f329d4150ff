package dev.leakcheck.model;

/** How far an attack reached (ネットワークのすべてなのか、一部なのか). */
public enum AttackScope {
    WHOLE_NETWORK,
    PARTIAL
}
