package dev.leakcheck.model;

/** How far an attack reached (ネットワークのすべてなのか、一部なのか). */
public enum AttackScope {
    /** ネットワークのすべて / The whole network. */
    WHOLE_NETWORK,
    /** ネットワークの一部 / Part of the network. */
    PARTIAL
}
