package dev.cairn.app.lease;

import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Another replica's side of the lease, in a JVM of its own so that a test can {@code kill -9} it: joins the election
 * on the records database at the JDBC URL given as first argument, with the default timing, and prints
 * {@code holds=true} or {@code holds=false} once decided, then {@code opened}/{@code closed} as its gateway moves.
 */
public final class LeaseHolderMain {
    private LeaseHolderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser("cairn");
        dataSource.setPassword("");
        Gateway printing = new Gateway() {
            @Override
            public String name() {
                return "printing gateway";
            }

            @Override
            public void open() {
                System.out.println("opened");
            }

            @Override
            public void close() {
                System.out.println("closed");
            }
        };
        GatewayLease lease = new GatewayLease(dataSource, "child-" + ProcessHandle.current().pid(),
                List.of(printing), GatewayLease.Timing.DEFAULT);
        System.out.println("holds=" + lease.start());
        Thread.sleep(Long.MAX_VALUE);
    }
}
