package vn.vaxpass.sms;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.sms.*}: how the functions reach Amazon SNS to send texts. */
@ConfigMapping(prefix = "vaxpass.sms")
public interface SmsSettings {

    @WithDefault("ap-southeast-1")
    String region();

    /** A VPC endpoint, or a local stand-in speaking SNS's protocol in tests. */
    Optional<URI> endpoint();

    /** The brandname registered with Vietnamese carriers; none until one is. */
    Optional<String> senderId();
}
