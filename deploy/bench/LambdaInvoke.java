import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;

/**
 * What AWS Lambda's Java runtime does with a function.zip: load the handler class the SAM template names
 * ({@code QuarkusStreamHandler}, whose creation boots Quarkus) and hand it one event. Run by ColdStart in a fresh
 * JVM per measurement; prints "RESPONSE " and the first bytes of the answer once the handler returned.
 */
public class LambdaInvoke {

    public static void main(String[] args) throws Exception {
        byte[] event = Files.readAllBytes(Path.of(args[0]));
        QuarkusStreamHandler handler = new QuarkusStreamHandler();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new java.io.ByteArrayInputStream(event)) {
            handler.handleRequest(in, out, new BenchContext());
        }
        String answer = out.toString(StandardCharsets.UTF_8);
        System.out.println("RESPONSE " + answer.substring(0, Math.min(160, answer.length())).replace('\n', ' '));
        System.out.flush();
        System.exit(0);
    }

    static final class BenchContext implements Context {
        public String getAwsRequestId() { return "cold-start-1"; }
        public String getLogGroupName() { return "cold-start"; }
        public String getLogStreamName() { return "cold-start"; }
        public String getFunctionName() { return "cold-start"; }
        public String getFunctionVersion() { return "$LATEST"; }
        public String getInvokedFunctionArn() { return "arn:aws:lambda:ap-southeast-1:000000000000:function:cold-start"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 30_000; }
        public int getMemoryLimitInMB() { return 512; }
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) { System.err.print(message); }
                public void log(byte[] message) { System.err.write(message, 0, message.length); }
            };
        }
    }
}
