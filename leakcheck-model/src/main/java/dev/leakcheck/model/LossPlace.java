package dev.leakcheck.model;

/** Where the object was lost (失った場所): the checklist contacts railways and stores. */
public enum LossPlace {
    TRAIN,
    STORE,
    OTHER,
    /** 自宅、または自分の車の中: no railway or store to contact. */
    HOME_OR_OWN_CAR
}
