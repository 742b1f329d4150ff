package dev.leakcheck.model;

/** Where the object was lost (失った場所): the checklist contacts railways and stores. */
public enum LossPlace {
    TRAIN,
    STORE,
    OTHER
}
