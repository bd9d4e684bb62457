package dev.todo.application.port.in;

import dev.todo.domain.Violations;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.Password;
import dev.todo.domain.user.UserName;
import java.util.Objects;

/** A request to open a built-in account. */
public record SignUpCommand(UserName name, Email email, Password password) {
    public SignUpCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    /** Parses raw input and reports every invalid field at once. */
    public static SignUpCommand parse(String name, String email, String password) {
        var violations = new Violations();
        UserName parsedName = violations.check(() -> UserName.of(name));
        Email parsedEmail = violations.check(() -> Email.of(email));
        Password parsedPassword = violations.check(() -> Password.of(password));
        violations.throwIfAny();
        return new SignUpCommand(parsedName, parsedEmail, parsedPassword);
    }
}
