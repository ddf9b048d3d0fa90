package dev.cairn.app.tools;

import dev.cairn.app.CairnProperties;
import dev.cairn.app.observe.CairnMetrics;
import dev.cairn.app.observe.MeteredTool;
import dev.cairn.core.port.ApprovalStore;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.Tool;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.RunbookTool;
import dev.cairn.tools.HttpActionRunner;
import dev.cairn.tools.HttpRequestTool;
import dev.cairn.tools.KnowledgeSearchTool;
import dev.cairn.tools.SqlQueryTool;
import dev.cairn.tools.ToolRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the registry of the tools enabled in {@link ToolsProperties}; the answerer offers them to the model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ToolsProperties.class, RunbookProperties.class})
public class ToolsConfiguration {

    @Bean
    ApprovalDesk approvalDesk(RunbookProperties runbooks, ApprovalStore approvalStore) {
        Map<String, HttpActionRunner.Endpoint> endpoints = new HashMap<>();
        runbooks.actions().forEach(a -> endpoints.put(a.name(), new HttpActionRunner.Endpoint(a.method(), a.url(),
                a.body())));
        return new ApprovalDesk(approvalStore, runbooks.runbookActions(),
                new HttpActionRunner(endpoints, runbooks.timeout()), Clock.systemUTC(), runbooks.approvalTtl());
    }

    @Bean
    ToolRegistry toolRegistry(ToolsProperties tools, KnowledgeBase knowledge, CairnProperties properties,
                              RunbookProperties runbooks, ApprovalDesk approvalDesk, CairnMetrics metrics) {
        List<Tool> enabled = new ArrayList<>();
        runbooks.runbookActions().forEach(action -> enabled.add(new RunbookTool(action, approvalDesk)));
        if (tools.knowledgeSearch().enabled()) {
            CairnProperties.Retrieval retrieval = properties.knowledge().retrieval();
            enabled.add(new KnowledgeSearchTool(knowledge, retrieval.topK(), retrieval.minScore()));
        }
        if (tools.http().enabled()) {
            enabled.add(new HttpRequestTool(new HashSet<>(tools.http().allowedHosts()),
                    new HashSet<>(tools.http().allowPrivateHosts())));
        }
        if (tools.sql().enabled()) {
            ToolsProperties.Sql sql = tools.sql();
            enabled.add(new SqlQueryTool(sql.url(), sql.user(), sql.password(), sql.maxRows(), sql.timeout()));
        }
        return new ToolRegistry(enabled.stream().map(tool -> new MeteredTool(tool, metrics)).toList());
    }
}
