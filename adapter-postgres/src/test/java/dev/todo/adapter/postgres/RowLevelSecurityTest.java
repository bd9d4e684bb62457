package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.task.NewTask;
import dev.todo.domain.task.Task;
import dev.todo.domain.task.TaskDetails;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.PasswordHash;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import dev.todo.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database itself, not the repository's WHERE clauses, keeps each user to their own rows. */
@ExtendWith(SharedPostgresExtension.class)
class RowLevelSecurityTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    private final PostgresTestDatabase database;
    private final ScopedTransactions transactions;
    private final UserId alice = UserId.random();
    private final UserId bob = UserId.random();

    RowLevelSecurityTest(PostgresTestDatabase database) {
        this.database = database;
        this.transactions =
                new ScopedTransactions(Jdbi.create(database.persistence().dataSource()), Duration.ofSeconds(5));
    }

    private Task addTask(UserId owner, String title) {
        return database.persistence().taskRepository().add(new NewTask(owner, TaskDetails.titled(title), NOW));
    }

    @Test
    void a_query_without_an_owner_filter_sees_only_the_acting_users_tasks() {
        addTask(alice, "alice 1");
        addTask(alice, "alice 2");
        addTask(bob, "bob 1");

        var owners = transactions.actingAs(
                alice,
                handle -> handle.createQuery("select user_id from tasks")
                        .mapTo(String.class)
                        .list());

        assertThat(owners).hasSize(2).containsOnly(alice.value());
    }

    @Test
    void without_an_acting_user_no_task_is_visible() {
        addTask(alice, "hidden");

        long visible = transactions.asService(handle -> handle.createQuery("select count(*) from tasks")
                .mapTo(Long.class)
                .one());

        assertThat(visible).isZero();
    }

    @Test
    void inserting_a_task_for_another_owner_is_refused_by_the_database() {
        assertThatThrownBy(() -> transactions.actingAs(
                        alice,
                        handle -> handle.createUpdate("""
                                insert into tasks (user_id, title, title_key, completed, search, created_at, updated_at, version)
                                values (:owner, 'x', 'x', false, 'x', now(), now(), 1)
                                """)
                                .bind("owner", bob.value())
                                .execute()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("42501");
    }

    @Test
    void updating_a_task_over_to_another_owner_is_refused_and_others_rows_are_out_of_reach() {
        Task alices = addTask(alice, "alice");
        Task bobs = addTask(bob, "bob");

        assertThatThrownBy(() -> transactions.actingAs(
                        alice,
                        handle -> handle.createUpdate("update tasks set user_id = :other")
                                .bind("other", bob.value())
                                .execute()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("42501");
        int touched = transactions.actingAs(
                alice, handle -> handle.execute("update tasks set title = 'overwritten', title_key = 'overwritten'"));

        assertThat(touched).isEqualTo(1);
        assertThat(database.persistence().taskRepository().find(bob, bobs.id()))
                .hasValueSatisfying(t -> assertThat(t.title().value()).isEqualTo("bob"));
        assertThat(database.persistence().taskRepository().find(alice, alices.id()))
                .hasValueSatisfying(t -> assertThat(t.title().value()).isEqualTo("overwritten"));
    }

    @Test
    void the_runtime_role_is_neither_superuser_nor_owner_and_cannot_bypass_row_security() {
        Map<String, Object> role = transactions.actingAs(
                alice, handle -> handle.createQuery("""
                        select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
                               (select tableowner from pg_tables where tablename = 'tasks') as owner,
                               (select relforcerowsecurity from pg_class where relname = 'tasks') as forced
                          from pg_roles r where r.rolname = current_user
                        """).mapToMap().one());

        assertThat(role)
                .containsEntry("name", ScopedTransactions.RUNTIME_ROLE)
                .containsEntry("superuser", false)
                .containsEntry("bypass", false)
                .containsEntry("forced", true);
        assertThat(role.get("owner")).isNotEqualTo(ScopedTransactions.RUNTIME_ROLE);
    }

    @Test
    void sessions_and_refresh_tokens_are_visible_and_writable_only_for_their_owner() {
        database.persistence()
                .sessionRepository()
                .start(alice, SessionId.random(), RefreshToken.issue(alice), NOW, NOW.plusSeconds(3600));

        long seenByBob = transactions.actingAs(
                bob,
                handle -> handle.createQuery(
                                "select (select count(*) from sessions) + (select count(*) from refresh_tokens)")
                        .mapTo(Long.class)
                        .one());
        long seenByAlice = transactions.actingAs(
                alice,
                handle -> handle.createQuery(
                                "select (select count(*) from sessions) + (select count(*) from refresh_tokens)")
                        .mapTo(Long.class)
                        .one());
        int endedByBob = transactions.actingAs(
                bob,
                handle -> handle.createUpdate("update sessions set ended_at = now()")
                        .execute());

        assertThat(seenByBob).isZero();
        assertThat(seenByAlice).isEqualTo(2);
        assertThat(endedByBob).isZero();
        assertThatThrownBy(() -> transactions.actingAs(
                        bob,
                        handle -> handle.createUpdate(
                                        "insert into sessions (user_id, id, created_at, expires_at) values (:alice, gen_random_uuid(), now(), now())")
                                .bind("alice", alice.value())
                                .execute()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("42501");
    }

    @Test
    void accounts_are_visible_only_to_themselves_or_to_a_sign_in_with_their_email() {
        var users = database.persistence().userRepository();
        User ada = User.create(Email.of(alice.value().toLowerCase() + "@example.com"), UserName.of("Ada"), NOW);
        User bea = User.create(Email.of(bob.value().toLowerCase() + "@example.com"), UserName.of("Bea"), NOW);
        users.add(ada, new PasswordHash("hash-a"));
        users.add(bea, new PasswordHash("hash-b"));

        var seenAsAda = transactions.actingAs(
                ada.id(),
                handle -> handle.createQuery("select id from users")
                        .mapTo(String.class)
                        .list());
        var seenSigningInBea = transactions.lookingUp(
                bea.email(),
                handle -> handle.createQuery("select id from users")
                        .mapTo(String.class)
                        .list());

        assertThat(seenAsAda).containsExactly(ada.id().value());
        assertThat(seenSigningInBea).containsExactly(bea.id().value());
    }

    @Test
    void the_runtime_role_can_neither_change_accounts_nor_replace_the_signing_key() {
        assertThatThrownBy(() -> transactions.asService(handle -> handle.execute("delete from signing_keys")))
                .hasMessageContaining("42501");
        assertThatThrownBy(() -> transactions.actingAs(alice, handle -> handle.execute("update users set name = 'x'")))
                .hasMessageContaining("42501");
    }

    @Test
    void nothing_set_for_a_transaction_survives_it_on_the_same_connection() {
        var settings = DatabaseSettings.of(database.url(), 1);
        try (var single = PostgresPersistence.connect(settings)) {
            var scoped = new ScopedTransactions(Jdbi.create(single.dataSource()), Duration.ofSeconds(5));
            scoped.actingAs(alice, handle -> handle.execute("select 1"));

            Map<String, Object> after = Jdbi.create(single.dataSource())
                    .withHandle(handle -> handle.createQuery("""
                                    select current_user as name, current_setting('app.user_id', true) as acting,
                                           current_setting('statement_timeout') as timeout
                                    """).mapToMap().one());

            assertThat(after.get("name")).isEqualTo(database.url().user().orElseThrow());
            assertThat((String) after.get("acting")).isNullOrEmpty();
            assertThat(after.get("timeout")).isEqualTo("0");
        }
    }
}
