package dev.cairn.app;

import dev.cairn.app.cli.GroundingCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Starts Cairn: the web page and API, and whichever chat adapters are configured. */
@SpringBootApplication
@EnableConfigurationProperties(CairnProperties.class)
public class CairnApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("grounding")) {
            try {
                System.exit(GroundingCheck.run(args));
            } catch (IllegalArgumentException e) {
                System.err.println("grounding: " + e.getMessage());
                System.err.println("usage: java -jar cairn.jar grounding --pages DIR --questions FILE "
                        + "[--min-score X ...] [--verbose]");
                System.exit(2);
            }
        }
        SpringApplication.run(CairnApplication.class, args);
    }
}
