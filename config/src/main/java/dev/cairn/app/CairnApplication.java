package dev.cairn.app;

import dev.cairn.app.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Starts Cairn (the web page and API, and whichever chat adapters are configured), or runs a command-line tool. */
@SpringBootApplication
@EnableConfigurationProperties(CairnProperties.class)
public class CairnApplication {

    public static void main(String[] args) throws Exception {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(CairnApplication.class, args);
    }
}
