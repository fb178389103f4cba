import { describe, expect, it } from "vitest";
import { addCoTeacher, createClass, joinClassByCode, regenerateJoinCode, removeStudent } from "@/lib/classes/mutations";
import { getClassesForStudent, getClassesForTeacher, getClassForTeacher } from "@/lib/classes/queries";
import { db } from "@/lib/db";

let n = 0;
const newUser = (role: "STUDENT" | "TEACHER") => db.user.create({ data: { email: `${role}${++n}@example.test`, name: `${role} ${n}`, role, passwordHash: "x" }, select: { id: true, email: true } });

describe("classes", () => {
  it("a teacher creates a class; students join with the code, in any case and spacing, once each", async () => {
    const teacher = await newUser("TEACHER");
    const { id, joinCode } = await createClass(teacher.id, "IHL seminar");
    const [a, b] = [await newUser("STUDENT"), await newUser("STUDENT")];
    await joinClassByCode(a.id, joinCode.toLowerCase());
    await joinClassByCode(b.id, `${joinCode.slice(0, 3)} ${joinCode.slice(3)}`);
    await joinClassByCode(a.id, joinCode);
    const cls = await getClassForTeacher(teacher.id, id);
    expect(cls!.members.filter((m) => m.role === "STUDENT").map((m) => m.user.id).sort()).toEqual([a.id, b.id].sort());
    expect(await getClassesForTeacher(teacher.id)).toEqual([{ id, name: "IHL seminar", joinCode, students: 2 }]);
  });

  it("a wrong code explains itself and writes nothing", async () => {
    const student = await newUser("STUDENT");
    await expect(joinClassByCode(student.id, "ZZZZZZZ")).rejects.toThrow(/No class has that code/);
    await expect(joinClassByCode(student.id, "not a code at all")).rejects.toThrow(/No class has that code/);
    expect(await db.classMembership.count({ where: { userId: student.id } })).toBe(0);
  });

  it("a new code stops the old one and keeps the students", async () => {
    const teacher = await newUser("TEACHER");
    const { id, joinCode } = await createClass(teacher.id, "Group B");
    const a = await newUser("STUDENT");
    await joinClassByCode(a.id, joinCode);
    const fresh = await regenerateJoinCode(teacher.id, id);
    expect(fresh).not.toBe(joinCode);
    await expect(joinClassByCode((await newUser("STUDENT")).id, joinCode)).rejects.toThrow(/No class has that code/);
    await joinClassByCode((await newUser("STUDENT")).id, fresh);
    expect(await db.classMembership.count({ where: { classId: id, role: "STUDENT" } })).toBe(2);
  });

  it("a student sees their classes and teachers, never classmates; removal takes effect at once", async () => {
    const teacher = await newUser("TEACHER");
    const { id, joinCode } = await createClass(teacher.id, "Group C");
    const [a, b] = [await newUser("STUDENT"), await newUser("STUDENT")];
    await joinClassByCode(a.id, joinCode);
    await joinClassByCode(b.id, joinCode);
    const seen = await getClassesForStudent(a.id);
    expect(seen).toEqual([{ id, name: "Group C", teachers: [`TEACHER ${n - 2}`] }]);
    expect(JSON.stringify(seen)).not.toContain(b.email);
    await removeStudent(teacher.id, id, a.id);
    expect(await getClassesForStudent(a.id)).toEqual([]);
  });

  it("co-teachers share the class; only a teacher can be one (another teacher's reads and writes: tests/integration/denials.test.ts)", async () => {
    const owner = await newUser("TEACHER");
    const co = await newUser("TEACHER");
    const student = await newUser("STUDENT");
    const { id, joinCode } = await createClass(owner.id, "Group D");
    await joinClassByCode(student.id, joinCode);
    await addCoTeacher(owner.id, id, co.email);
    expect(await getClassForTeacher(co.id, id)).not.toBeNull();
    expect(await getClassesForTeacher(co.id)).toHaveLength(1);
    await expect(addCoTeacher(owner.id, id, student.email)).rejects.toThrow("There is no teacher account with that email.");
    const after = await db.class.findUniqueOrThrow({ where: { id }, include: { members: true } });
    expect(after.joinCode).toBe(joinCode);
    expect(after.members).toHaveLength(3);
  });
});
