package io.gluedbt.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.StateMachine;

/** The deployed definitions are the statemachine/ files, with each ${...} bound to the right alias or machine. */
class StateMachineDefinitionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SynthesizedApp app = SynthesizedApp.get();
    private final PipelineStack stack = app.stacks.pipeline();

    @Test
    void runMachineIsTheFileWithCompileFinalizeAndTheLaneMachine() throws IOException {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("CompileFunctionArn", stack.functions().alias(PipelineFunction.COMPILE).getFunctionArn());
        expected.put("FinalizeFunctionArn", stack.functions().alias(PipelineFunction.FINALIZE).getFunctionArn());
        expected.put("LaneStateMachineArn", stack.machines().lane().getStateMachineArn());
        assertDeployedAs(stack.machines().run(), BuildOutputs.fromSystemProperties().runDefinition(), expected);
    }

    @Test
    void laneMachineIsTheFileWithRunNodeAndPollNode() throws IOException {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("RunNodeFunctionArn", stack.functions().alias(PipelineFunction.RUN_NODE).getFunctionArn());
        expected.put("PollNodeFunctionArn", stack.functions().alias(PipelineFunction.POLL_NODE).getFunctionArn());
        assertDeployedAs(stack.machines().lane(), BuildOutputs.fromSystemProperties().laneDefinition(), expected);
    }

    @Test
    void substitutionRejectsAPlaceholderWithoutAValue() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StateMachineFiles.substitute("{\"Resource\": \"${Missing}\"}", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no substitution for ${Missing}");
    }

    @SuppressWarnings("unchecked")
    private void assertDeployedAs(StateMachine machine, Path file, Map<String, Object> expectedTokens) throws IOException {
        String fileText = Files.readString(file);
        Map<String, Object> properties = (Map<String, Object>) app.pipeline.findResources("AWS::StepFunctions::StateMachine")
                .get(PipelineStackTest.logicalId(machine.getNode().getDefaultChild())).get("Properties");
        Map<String, Object> deployedSubstitutions = (Map<String, Object>) properties.get("DefinitionSubstitutions");

        assertThat(StateMachineFiles.placeholders(fileText)).containsExactlyInAnyOrderElementsOf(expectedTokens.keySet());
        assertThat(deployedSubstitutions.keySet()).containsExactlyInAnyOrderElementsOf(expectedTokens.keySet());

        Map<String, String> expectedValues = new LinkedHashMap<>();
        expectedTokens.forEach((name, token) -> expectedValues.put(name, text(Stack.of(machine).resolve(token))));
        Map<String, String> deployedValues = new LinkedHashMap<>();
        deployedSubstitutions.forEach((name, value) -> deployedValues.put(name, text(value)));

        String deployed = StateMachineFiles.substitute((String) properties.get("DefinitionString"), deployedValues);
        String expected = StateMachineFiles.substitute(fileText, expectedValues);
        assertThat(deployed).isEqualTo(expected);
        assertThat(JSON.readTree(deployed).get("States")).isNotNull();
    }

    private static String text(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("\"", "'");
        } catch (IOException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
