package vn.vaxpass.matching;

import java.util.ArrayList;
import java.util.List;

/** The numbers one typing slip away: one digit changed, or two adjacent digits swapped. */
final class IdNumberNeighbours {

    private IdNumberNeighbours() {
    }

    static List<String> of(String digits) {
        char[] number = digits.toCharArray();
        List<String> neighbours = new ArrayList<>(number.length * 10);
        for (int i = 0; i < number.length; i++) {
            char original = number[i];
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != original) {
                    number[i] = digit;
                    neighbours.add(new String(number));
                }
            }
            number[i] = original;
        }
        for (int i = 0; i + 1 < number.length; i++) {
            if (number[i] != number[i + 1]) {
                char swap = number[i];
                number[i] = number[i + 1];
                number[i + 1] = swap;
                neighbours.add(new String(number));
                number[i + 1] = number[i];
                number[i] = swap;
            }
        }
        return neighbours;
    }
}
