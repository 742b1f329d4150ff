package dev.leakcheck.model;

/** Where the information an insider took was kept (漏洩した情報の保管場所). */
public enum InsiderStorage {
    /** 対象サイト (ファイルサーバーなど). */
    FILE_SERVER,
    /** 執務室、倉庫、書類保管場所 (物理的な書類など). */
    PHYSICAL
}
