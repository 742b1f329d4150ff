package dev.leakcheck.model;

/** Where the object was lost (失った場所): the checklist contacts railways and stores. */
public enum LossPlace {
    /** 鉄道（電車・駅） / Railway (train, station). */
    TRAIN,
    /** 店舗 / Store. */
    STORE,
    /** その他 / Other. */
    OTHER,
    /** 自宅、または自分の車の中 / At home or in one's own car: no railway or store to contact. */
    HOME_OR_OWN_CAR
}
