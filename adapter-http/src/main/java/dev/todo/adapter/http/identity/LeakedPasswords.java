package dev.todo.adapter.http.identity;

import dev.todo.application.port.out.CommonPasswords;
import dev.todo.domain.user.Password;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * {@link CommonPasswords} from the password dictionary that nbvcxz ships: the 100,000 most common
 * passwords of public breach corpora, of which about 38,000 are long enough to pass the length rule.
 * Loaded once per process (about 0.5 s, 2.3 MB of heap) and shared, since it never changes.
 */
public final class LeakedPasswords implements CommonPasswords {
    private final Set<String> passwords;

    private LeakedPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    /** The bundled list, read from the library's jar on first use. */
    public static LeakedPasswords bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public boolean contains(Password password) {
        return passwords.contains(password.value().toLowerCase(Locale.ROOT));
    }

    /** The holder idiom: the list is read once, by the first caller, and never again. */
    private static final class Bundled {
        static final LeakedPasswords INSTANCE =
                new LeakedPasswords(DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords).keySet().stream()
                        .filter(p -> p.length() >= Password.MIN_LENGTH) // shorter ones are refused anyway
                        .map(p -> p.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
