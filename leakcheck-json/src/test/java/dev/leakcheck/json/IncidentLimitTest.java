package dev.leakcheck.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's limits: what is at a limit is read, what is past it is refused naming the field (the
 * cases past each limit are in {@link BadIncidents}), and only regular files are read at all.
 */
@DisplayName("事案 JSON の上限")
class IncidentLimitTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("上限ちょうどの文字列・配列・情報資産は読む")
    void what_is_at_a_limit_is_read() {
        assertThat(IncidentJson.parse(LargeIncidents.description(IncidentLimit.STRING_CHARS.max())).assets().get(0)
                .description()).hasValue("x".repeat(4_000));
        assertThat(IncidentJson.parse(LargeIncidents.attackOnDevices(IncidentLimit.ARRAY_ITEMS.max())).attack()
                .orElseThrow().devices().orElseThrow()).hasSize(1_000);
        assertThat(IncidentJson.parse(LargeIncidents.describedAssets(IncidentLimit.ASSETS.max())).assets()).hasSize(100);
    }

    @Test
    @DisplayName("上限いっぱいの最大の事案も 1 MiB に収まり、読める")
    void the_largest_incidents_fit_in_the_file_limit() throws Exception {
        Incident misdelivery = IncidentJson.read(fileOf(LargeIncidents.largestMisdelivery()));
        Incident attack = IncidentJson.read(fileOf(LargeIncidents.largestAttack()));

        assertThat(misdelivery.assets()).hasSize(100)
                .allSatisfy(asset -> assertThat(asset.description().orElseThrow()).hasSize(4_000));
        assertThat(attack.attack().orElseThrow().devices().orElseThrow()).hasSize(1_000);
    }

    private Path fileOf(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as("bytes").isLessThan(IncidentLimit.INPUT_BYTES.max());
        return Files.write(Files.createTempFile(dir, "largest", ".json"), bytes);
    }

    @Test
    @DisplayName("1 MiB を超えるファイルは、読む前に大きさで断る")
    void a_file_past_the_size_limit_is_refused_by_its_size() throws Exception {
        Path file = Files.writeString(dir.resolve("big.json"), LargeIncidents.description(IncidentLimit.INPUT_BYTES.max()));

        InputException error = catchThrowableOfType(InputException.class, () -> IncidentJson.read(file));

        assertThat(error.describe(Language.JA)).isEqualTo(file + ": 入力が大きすぎます。1,048,576 バイト（1 MiB）までにしてください");
        assertThat(error.describe(Language.EN)).isEqualTo(file + ": the input is too large: at most 1,048,576 bytes (1 MiB)");
    }

    @Test
    @DisplayName("デバイスや、デバイスへのシンボリックリンクは読まない")
    void a_device_is_not_read() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a device file to try");
        Path link = Files.createSymbolicLink(dir.resolve("incident.json"), zero);

        for (Path device : new Path[] {zero, link}) {
            InputException error = catchThrowableOfType(InputException.class, () -> IncidentJson.read(device));
            assertThat(error.describe(Language.JA)).isEqualTo(device + ": 通常のファイルではありません（デバイスや名前付きパイプなどは読みません）");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("名前付きパイプ（FIFO）は開かずに断る（開くと書き手を待ち続ける）")
    void a_named_pipe_is_refused_without_waiting_for_a_writer() throws Exception {
        Path fifo = dir.resolve("incident.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo made the pipe");

        InputException error = catchThrowableOfType(InputException.class, () -> IncidentJson.read(fifo));

        assertThat(error.describe(Language.EN)).isEqualTo(fifo + ": is not a regular file (devices, named pipes and the like are not read)");
    }

    @Test
    @DisplayName("上限を超えた値は、項目名と上限を日英で示す")
    void a_refusal_names_the_field_and_the_limit_in_both_languages() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> IncidentJson.parse(LargeIncidents.attackOnDevices(100_000)));

        assertThat(error.describe(Language.JA)).startsWith("attack.devices (1行目 ")
                .endsWith("): 要素が多すぎます。1 つの配列に 1,000 個までです");
        assertThat(error.describe(Language.EN)).startsWith("attack.devices (line 1, column ")
                .endsWith("): too many items: at most 1,000 in one array");
    }
}
