package dev.cairn.app.lease;

import dev.cairn.records.RecordsDatabase;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the gateway lease over the records database: the Discord gateway and Slack's Socket Mode (whichever are
 * configured) run on the one replica holding it. On one machine that replica is this one. {@code /actuator/info}
 * says whether this replica holds them.
 */
@Configuration(proxyBeanMethods = false)
public class LeaseConfiguration {

    @Bean(destroyMethod = "close")
    GatewayLease gatewayLease(RecordsDatabase records, ObjectProvider<Gateway> gateways) {
        return new GatewayLease(records.dataSource(), replicaId(), gateways.orderedStream().toList(),
                GatewayLease.Timing.DEFAULT);
    }

    @Bean
    LeaseLifecycle gatewayLeaseLifecycle(GatewayLease lease) {
        return new LeaseLifecycle(lease);
    }

    @Bean
    InfoContributor gatewayInfo(GatewayLease lease) {
        return builder -> builder.withDetail("gateway", Map.of("holder", lease.holds(), "replica", lease.replicaId(),
                "gateways", lease.names()));
    }

    /** The host name (a pod's name on Kubernetes) and a random part, so that two runs never share an id. */
    static String replicaId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
