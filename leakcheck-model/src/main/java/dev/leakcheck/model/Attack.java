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

    /**
     * Checks that no component is null; the list of devices is copied.
     *
     * @param devices the {@code devices} component
     * @param scope the {@code scope} component
     * @param ransomware the {@code ransomware} component
     * @throws NullPointerException if a component is null
     */
    public Attack {
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ransomware, "ransomware");
        devices = devices.map(List::copyOf);
    }

    /**
     * One about which nothing is known yet.
     *
     * @return an Attack with every answer unknown
     */
    public static Attack unknown() {
        return UNKNOWN;
    }

    /**
     * The facts of an attack, each {@code null} while unknown.
     *
     * @param devices    the devices attacked, or {@code null}
     * @param scope      the scope of the attack, or {@code null}
     * @param ransomware whether it was ransomware
     * @return the attack
     */
    public static Attack of(List<String> devices, AttackScope scope, Answer ransomware) {
        return new Attack(Optional.ofNullable(devices), Optional.ofNullable(scope), ransomware);
    }
}
