package io.trainerpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrainerPathApplication {

	public static void main(String[] args) {
		SpringApplication.run(TrainerPathApplication.class, args);
	}

}
