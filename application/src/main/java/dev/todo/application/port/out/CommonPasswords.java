package dev.todo.application.port.out;

import dev.todo.domain.user.Password;

/** The passwords attackers try first: the most common ones and those seen in breaches. */
public interface CommonPasswords {
    /** True if {@code password} is one of them (compared without regard to letter case). */
    boolean contains(Password password);
}
