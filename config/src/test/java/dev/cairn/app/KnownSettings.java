package dev.cairn.app;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The {@code cairn.*} settings Cairn binds, read from every {@code @ConfigurationProperties} record under
 * {@code dev.cairn} on the class path (so a settings class added later counts without editing this), plus the
 * {@code ${CAIRN_…}} variables {@code application.yml} names. Answers whether a dotted name or an environment variable
 * is one of them, as Spring's relaxed binding would bind it.
 */
final class KnownSettings {
    /** Leaf names such as {@code cairn.data-dir}. */
    private final Set<String> names = new TreeSet<>();
    /** Names under which anything binds: map keys ({@code cairn.web.api-keys}) and list elements. */
    private final Set<String> open = new TreeSet<>();
    private final Set<String> placeholders = new TreeSet<>();

    private KnownSettings() {
    }

    /** Reads the settings classes under {@code dev.cairn} and the placeholders of {@code yaml} (application.yml). */
    static KnownSettings read(String yaml) {
        KnownSettings known = new KnownSettings();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.cairn")) {
            Class<?> type;
            try {
                type = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            known.walk(prefix, type);
        }
        Matcher placeholder = Pattern.compile("\\$\\{(CAIRN_[A-Z0-9_]+)").matcher(yaml);
        while (placeholder.find()) {
            known.placeholders.add(placeholder.group(1));
        }
        return known;
    }

    /** For a test of this class: the given names, {@code .*} at the end marking one under which anything binds. */
    static KnownSettings of(String... settings) {
        KnownSettings known = new KnownSettings();
        for (String setting : settings) {
            if (setting.endsWith(".*")) {
                known.open.add(setting.substring(0, setting.length() - 2));
            } else {
                known.names.add(setting);
            }
        }
        return known;
    }

    private void walk(String prefix, Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " binds " + prefix + " but is not a record: teach "
                    + "KnownSettings to read it");
        }
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical;
        try {
            canonical = type.getDeclaredConstructor(java.util.Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < components.length; i++) {
            Name renamed = canonical.getParameters()[i].getAnnotation(Name.class);
            String name = prefix + "." + (renamed != null ? renamed.value() : kebab(components[i].getName()));
            Class<?> component = components[i].getType();
            if (component.isRecord() && component.getName().startsWith("dev.cairn.")) {
                walk(name, component);
            } else if (Map.class.isAssignableFrom(component)) {
                open.add(name);
            } else if (Collection.class.isAssignableFrom(component) && elementIsRecord(components[i].getGenericType())) {
                names.add(name);
                open.add(name);
            } else {
                names.add(name);
            }
        }
    }

    private static boolean elementIsRecord(Type generic) {
        return generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                && c.isRecord();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** True for a dotted setting Cairn binds: {@code cairn.discord.token}, {@code cairn.web.api-keys.ann}. */
    boolean hasSetting(String dotted) {
        String name = dotted.toLowerCase(Locale.ROOT);
        return names.contains(name) || open.stream().anyMatch(o -> name.startsWith(o + ".") || name.startsWith(o + "["));
    }

    /** True when a setting named {@code group}, or one under it, exists. */
    boolean hasGroup(String group) {
        return names.stream().anyMatch(n -> n.equals(group) || n.startsWith(group + "."))
                || open.stream().anyMatch(o -> o.equals(group) || o.startsWith(group + "."));
    }

    /**
     * True for an environment variable Spring binds to a setting ({@code CAIRN_DATA_DIR} and {@code CAIRN_DATADIR}
     * both bind {@code cairn.data-dir}) or one {@code application.yml} reads.
     */
    boolean hasVariable(String variable) {
        if (placeholders.contains(variable)) {
            return true;
        }
        for (String name : names) {
            if (variables(name).contains(variable)) {
                return true;
            }
        }
        for (String name : open) {
            for (String prefix : variables(name)) {
                if (variable.startsWith(prefix + "_")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The variables that bind {@code name}: dashes removed, or dashes as underscores. */
    static List<String> variables(String name) {
        List<String> variables = new ArrayList<>();
        variables.add(name.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT));
        variables.add(name.replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT));
        return variables;
    }

    @Override
    public String toString() {
        return names + " and anything under " + open;
    }
}
