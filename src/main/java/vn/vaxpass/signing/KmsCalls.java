package vn.vaxpass.signing;

import java.util.function.Supplier;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import vn.vaxpass.signing.KmsSignerException.Reason;

/**
 * One KMS call, its failures turned into {@link KmsSignerException}: KMS's answer (with KMS's error code) apart from
 * not reaching KMS at all. Shared by every signer over a KMS key so that each reports KMS alike.
 */
final class KmsCalls {

    private KmsCalls() {
    }

    static <T> T call(String operation, String keyId, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkServiceException e) {
            String code = e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null
                    ? ((AwsServiceException) e).awsErrorDetails().errorCode()
                    : null;
            throw new KmsSignerException(Reason.KMS_REJECTED, String.format("KMS %s for key %s failed: %s (HTTP %d, request %s)",
                    operation, keyId, code, e.statusCode(), e.requestId()), code, e);
        } catch (SdkException e) {
            throw new KmsSignerException(Reason.KMS_UNREACHABLE,
                    "KMS " + operation + " for key " + keyId + " failed: " + e.getMessage(), null, e);
        }
    }
}
