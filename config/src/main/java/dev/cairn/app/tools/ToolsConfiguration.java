package dev.cairn.app.tools;

import dev.cairn.app.CairnProperties;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.Tool;
import dev.cairn.tools.HttpRequestTool;
import dev.cairn.tools.KnowledgeSearchTool;
import dev.cairn.tools.SqlQueryTool;
import dev.cairn.tools.ToolRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the registry of the tools enabled in {@link ToolsProperties}; the answerer offers them to the model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ToolsProperties.class)
public class ToolsConfiguration {

    @Bean
    ToolRegistry toolRegistry(ToolsProperties tools, KnowledgeBase knowledge, CairnProperties properties) {
        List<Tool> enabled = new ArrayList<>();
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
        return new ToolRegistry(enabled);
    }
}
