package dev.leakcheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of an external attack (外部攻撃).
 *
 * @param devices    攻撃を受けた機器 (free text names); empty while unknown
 * @param scope      ネットワークのすべてか一部か
 * @param ransomware ランサムウェアか
 */
public record Attack(Optional<List<String>> devices, Optional<AttackScope> scope, Answer ransomware) {

    private static final Attack UNKNOWN = new Attack(Optional.empty(), Optional.empty(), Answer.UNKNOWN);

    public Attack {
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ransomware, "ransomware");
        devices = devices.map(List::copyOf);
    }

    public static Attack unknown() {
        return UNKNOWN;
    }

    public static Attack of(List<String> devices, AttackScope scope, Answer ransomware) {
        return new Attack(Optional.ofNullable(devices), Optional.ofNullable(scope), ransomware);
    }
}
