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
    await joinClassByCode(joinCode.toLowerCase(), a.id);
    await joinClassByCode(`${joinCode.slice(0, 3)} ${joinCode.slice(3)}`, b.id);
    await joinClassByCode(joinCode, a.id);
    const cls = await getClassForTeacher(id, teacher.id);
    expect(cls!.members.filter((m) => m.role === "STUDENT").map((m) => m.user.id).sort()).toEqual([a.id, b.id].sort());
    expect(await getClassesForTeacher(teacher.id)).toEqual([{ id, name: "IHL seminar", joinCode, students: 2 }]);
  });

  it("a wrong code explains itself and writes nothing", async () => {
    const student = await newUser("STUDENT");
    await expect(joinClassByCode("ZZZZZZZ", student.id)).rejects.toThrow(/No class has that code/);
    await expect(joinClassByCode("not a code at all", student.id)).rejects.toThrow(/No class has that code/);
    expect(await db.classMembership.count({ where: { userId: student.id } })).toBe(0);
  });

  it("a new code stops the old one and keeps the students", async () => {
    const teacher = await newUser("TEACHER");
    const { id, joinCode } = await createClass(teacher.id, "Group B");
    const a = await newUser("STUDENT");
    await joinClassByCode(joinCode, a.id);
    const fresh = await regenerateJoinCode(id, teacher.id);
    expect(fresh).not.toBe(joinCode);
    await expect(joinClassByCode(joinCode, (await newUser("STUDENT")).id)).rejects.toThrow(/No class has that code/);
    await joinClassByCode(fresh, (await newUser("STUDENT")).id);
    expect(await db.classMembership.count({ where: { classId: id, role: "STUDENT" } })).toBe(2);
  });

  it("a student sees their classes and teachers, never classmates; removal takes effect at once", async () => {
    const teacher = await newUser("TEACHER");
    const { id, joinCode } = await createClass(teacher.id, "Group C");
    const [a, b] = [await newUser("STUDENT"), await newUser("STUDENT")];
    await joinClassByCode(joinCode, a.id);
    await joinClassByCode(joinCode, b.id);
    const seen = await getClassesForStudent(a.id);
    expect(seen).toEqual([{ id, name: "Group C", teachers: [`TEACHER ${n - 2}`] }]);
    expect(JSON.stringify(seen)).not.toContain(b.email);
    await removeStudent(id, a.id, teacher.id);
    expect(await getClassesForStudent(a.id)).toEqual([]);
  });

  it("co-teachers share the class; another teacher gets not found for every read and write", async () => {
    const owner = await newUser("TEACHER");
    const co = await newUser("TEACHER");
    const outsider = await newUser("TEACHER");
    const student = await newUser("STUDENT");
    const { id, joinCode } = await createClass(owner.id, "Group D");
    await joinClassByCode(joinCode, student.id);
    await addCoTeacher(id, co.email, owner.id);
    expect(await getClassForTeacher(id, co.id)).not.toBeNull();

    expect(await getClassForTeacher(id, outsider.id)).toBeNull();
    expect(await getClassesForTeacher(outsider.id)).toEqual([]);
    await expect(regenerateJoinCode(id, outsider.id)).rejects.toThrow("That class does not exist.");
    await expect(removeStudent(id, student.id, outsider.id)).rejects.toThrow("That class does not exist.");
    await expect(addCoTeacher(id, outsider.email, outsider.id)).rejects.toThrow("That class does not exist.");
    // A student is no teacher either.
    await expect(regenerateJoinCode(id, student.id)).rejects.toThrow("That class does not exist.");
    await expect(addCoTeacher(id, student.email, owner.id)).rejects.toThrow("There is no teacher account with that email.");
    const after = await db.class.findUniqueOrThrow({ where: { id }, include: { members: true } });
    expect(after.joinCode).toBe(joinCode);
    expect(after.members).toHaveLength(3);
  });
});
