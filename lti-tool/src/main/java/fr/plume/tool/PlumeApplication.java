package fr.plume.tool;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Plume", sharedModules = "shared")
public class PlumeApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlumeApplication.class, args);
    }
}
