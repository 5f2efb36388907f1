package dev.journeyfacade.journey.msdyncrm.design;

import dev.journeyfacade.journey.Design;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbound design in the application: its codec and rules for the store, its JSON for the journey API's
 * {@code design}, and its schema in the OpenAPI document (the API's {@code design} is documented as
 * {@link JourneyDesign}).
 */
@Configuration(proxyBeanMethods = false)
class DesignConfiguration {

    static {
        SpringDocUtils.getConfig().replaceWithClass(Design.class, JourneyDesign.class);
    }

    /** Stateless and thread-safe: writes designs for the store and reads stored ones for the mapper. */
    @Bean
    DesignCodec designCodec() {
        return new DesignCodec();
    }

    @Bean
    DesignRules designRules() {
        return new DesignRules();
    }

    @Bean
    DesignJsonModule designJsonModule() {
        return new DesignJsonModule();
    }
}
