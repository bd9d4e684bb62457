package dev.todo.adapter.postgres.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An operating system and processor the embedded PostgreSQL has binaries for, named as the binary
 * archives on the class path name them ({@code postgres-linux-x86_64.txz}, …).
 */
public record PostgresPlatform(String os, String arch) {
    /** Linux and macOS, each on x86_64 and arm64. */
    public static final List<PostgresPlatform> SUPPORTED = List.of(
            new PostgresPlatform("linux", "x86_64"),
            new PostgresPlatform("linux", "arm_64"),
            new PostgresPlatform("darwin", "x86_64"),
            new PostgresPlatform("darwin", "arm_64"));

    /** The platform this JVM runs on, if it is one of {@link #SUPPORTED}. */
    public static Optional<PostgresPlatform> current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The platform of Java's {@code os.name} and {@code os.arch} values, if it is one of {@link #SUPPORTED}. */
    public static Optional<PostgresPlatform> of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os = name.startsWith("linux")
                ? "linux"
                : name.startsWith("mac") || name.startsWith("darwin") ? "darwin" : "";
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> "";
        };
        var platform = new PostgresPlatform(os, arch);
        return SUPPORTED.contains(platform) ? Optional.of(platform) : Optional.empty();
    }

    /** The class-path resource that holds this platform's binaries. */
    public String archiveName() {
        return "postgres-" + os + "-" + arch + ".txz";
    }

    /** As in the archive names: {@code linux-x86_64}, {@code darwin-arm_64}, … */
    @Override
    public String toString() {
        return os + "-" + arch;
    }
}
