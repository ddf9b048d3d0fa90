package dev.cairn.app;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Reads named web API keys from environment variables {@code CAIRN_WEB_API_KEYS_NAME} (Spring's relaxed binding only
 * knows {@code CAIRN_WEB_APIKEYS_NAME}) as {@code cairn.web.api-keys.name}, with the environment's precedence.
 */
public final class WebKeysFromEnvironment implements EnvironmentPostProcessor {
    static final String PREFIX = "CAIRN_WEB_API_KEYS_";
    static final String SOURCE = "cairnWebApiKeysFromEnvironment";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String system = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        PropertySource<?> source = environment.getPropertySources().get(system);
        if (!(source instanceof EnumerablePropertySource<?> variables)) {
            return;
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        for (String name : variables.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                keys.put("cairn.web.api-keys[" + name.substring(PREFIX.length()).toLowerCase(Locale.ROOT) + "]",
                        variables.getProperty(name));
            }
        }
        if (!keys.isEmpty()) {
            environment.getPropertySources().addAfter(system, new MapPropertySource(SOURCE, keys));
        }
    }
}
