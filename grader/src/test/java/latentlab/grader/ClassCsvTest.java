package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassCsvTest {

    private static TestResult result(String name, boolean passed) {
        return new TestResult("Flows", "uniformDequantize", name, passed ? 1 : 0, 1, true,
                passed ? Verdict.PASSED : Verdict.TIMEOUT, "", "", 1);
    }

    @Test
    void gradesHaveOneRowPerStudentAndPassRatesOneRowPerTest() {
        Report bob = new Report("bob", List.of(result("Flows.uniformDequantize: a, b", true), result("t2", false)),
                List.of(), 1);
        Report alice = new Report("alice", List.of(result("Flows.uniformDequantize: a, b", true), result("t2", true)),
                List.of(), 1);
        assertEquals("student,score,max_score,tests_passed,tests,Flows\nalice,2,2,2,2,2\nbob,1,2,1,2,1\n",
                ClassCsv.grades(List.of(bob, alice)));
        assertEquals("test,passed,graded,pass_rate,most_common_failure\n"
                + "\"Flows.uniformDequantize: a, b\",2,2,1.000,\nt2,1,2,0.500,TIMEOUT\n",
                ClassCsv.passRates(List.of(bob, alice)));
    }
}
