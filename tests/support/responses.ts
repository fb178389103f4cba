export { rightResponse, wrongResponse } from "@/lib/quiz/sample-responses";
