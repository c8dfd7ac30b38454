package vn.vaxpass.correction;

import java.util.Map;

/** What the police officer is told for each refused signature, Vietnamese first: what to do about it. */
final class OfficerSignatureMessages {

    private static final Map<String, String> MESSAGES = Map.of(
            OfficerSignatures.MALFORMED, "Tệp chữ ký không phải chữ ký CMS/PKCS#7 của một người ký (base64). / The"
                    + " signature is not a base64 CMS/PKCS#7 signature of one signer.",
            OfficerSignatures.CERTIFICATE_MISSING, "Chữ ký không kèm chứng thư số của người ký; hãy ký lại và kèm chứng"
                    + " thư. / The signature does not carry the signer's certificate; sign again including it.",
            OfficerSignatures.SIGNING_TIME_IMPLAUSIBLE, "Thời điểm ký không hợp lý (trước khi ký trả hoặc ở tương lai);"
                    + " hãy kiểm tra đồng hồ máy tính. / The signing time is before the hand-back or in the future;"
                    + " check the computer's clock.",
            OfficerSignatures.CERTIFICATE_EXPIRED, "Chứng thư số đã hết hạn vào thời điểm ký. / The certificate had"
                    + " expired when it signed.",
            OfficerSignatures.CERTIFICATE_NOT_YET_VALID, "Chứng thư số chưa có hiệu lực vào thời điểm ký. / The"
                    + " certificate was not yet valid when it signed.",
            OfficerSignatures.CERTIFICATE_NOT_FOR_SIGNING, "Chứng thư số không dùng để ký số. / The certificate is not"
                    + " for digital signatures.",
            OfficerSignatures.NOT_OVER_THE_HASH, "Chữ ký không phải trên mã băm của danh sách ký trả này; hãy ký đúng"
                    + " mã băm. / The signature is not over this hand-back's decisions hash; sign that hash.",
            OfficerSignatures.CERTIFICATE_UNTRUSTED, "Chứng thư số không do tổ chức chứng thực được tin cậy cấp. / The"
                    + " certificate was not issued by a trusted certification authority.");

    private OfficerSignatureMessages() {
    }

    static String of(String code) {
        return MESSAGES.getOrDefault(code, code);
    }
}
