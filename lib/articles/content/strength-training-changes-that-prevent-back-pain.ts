import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "strength-training-changes-that-prevent-back-pain",
  title: "Six Training Changes That Protect Your Back",
  excerpt:
    "Form, core work, single-side training, bracing, a belt for your heaviest sets and better hip mobility: " +
    "six changes that keep a lifter's back healthy.",
  tags: ["strength-training", "lifting-technique", "core", "mobility", "back-pain"],
  routineSlugs: [
    "lifters-warm-up",
    "core-foundation",
    "core-builder",
    "unilateral-strength",
    "hip-mobility-for-lifters",
  ],
  publishedAt: "2025-11-18",
  coverAlt: null,
  showCalculator: false,
  body: md`
Staying active and keeping to a healthy weight are two of the best things you can do to lower your risk of back pain. So
it surprises many lifters when their back starts to ache anyway. The causes are usually familiar: hammering the same
muscles too often, jumping the load too quickly, letting core work slide and, above all, form that drifts under fatigue.

Whether your back already grumbles or you simply want to keep it healthy, these six changes are worth making.

## 1. Own your form, starting with the hip hinge

Good technique is the foundation. Poor form puts stress on the spine and the muscles around it that they were never
meant to carry. For most lifts, good positioning means three things:

- **A neutral spine**, neither rounded nor overarched.
- **A braced trunk** (more on this below).
- **Power from your hips and legs**, not your lower back.

The deadlift deserves a special mention, because it is where many lifters' back trouble begins. The lifts are heavy, and
it is easy to turn a hip hinge into a pull with the back. In a true hinge, your hips travel back as your chest comes
forward, your back stays long, and you stand up by driving your hips forward. If instead your hips stay put and your
back curls to reach the bar, your lower back becomes the prime mover.

To groove the pattern, practise hinging with a dowel or broomstick held along your back so it touches your head, upper
back and tailbone. If it leaves any of those points, your spine has moved.

When in doubt, ask a qualified coach to watch you lift, or film yourself from the side. A coach can help you find your
neutral position, use your full range and iron out jerks and twists. Leave your ego at the door; form first, load
second.

## 2. Train your core on purpose

Your core muscles keep your spine steady while you lift. If they are weak, other muscles, including those in your back,
work overtime to make up for it, and that is a common route to strain and pain.

- **Planks:** start with 30-second holds and add time gradually as you get stronger. Stop each set when your hips begin
  to sag.
- **Dead bugs:** lying on your back, lower opposite arm and leg slowly while keeping your lower back in gentle contact
  with the floor.
- **Russian twists:** seated and leaning back slightly, rotate your trunk from side to side, with or without a weight.
  Keep them slow and controlled, and leave them out while your back is sore.

The [core foundation routine](/routines/core-foundation) covers the basics; the [core builder](/routines/core-builder)
adds longer holds, full side planks and Russian twists.

## 3. Work one side at a time

In squats and deadlifts both sides work together, and your stronger side quietly does more of the work. Over months,
that can widen a muscle imbalance that pulls your pelvis and spine out of line.

Unilateral exercises make each side pull its own weight:

- Single-leg Romanian deadlifts
- Split squats and lunges
- Single-leg glute bridges

Add two of these to your lower-body days. Start each set with your weaker side and match its reps on the stronger side.
The [unilateral strength routine](/routines/unilateral-strength) is a ready-made place to start.

## 4. Breathe and brace

Getting your breathing right can do much of the job people expect from a belt. Picture a sealed can of fizzy drink.
Closed, the pressure inside makes it rigid: you can stand on it. Open it and the pressure escapes, and it crumples
easily. Your trunk behaves the same way. A big breath held against a tight core creates pressure inside your abdomen
that stiffens your midsection and protects your spine.

Here is how to use it in a squat:

1. At the top, take a deep breath into your belly and sides, not your chest.
2. Tighten your abdominal wall all the way round, as if you were about to be poked in the stomach.
3. Hold that pressure as you descend and through the hardest part of the way up.
4. Breathe out once you are past the sticking point or back at the top, then reset for the next rep.

You keep the spine protected when it matters most, and still get air between reps.

## 5. Use a belt for your heaviest sets

You do not need a lifting belt for every session. It earns its place on squats, deadlifts and power cleans when the load
is near your maximum: weights you could move five times or fewer, or a personal-best attempt.

A belt gives your braced abdomen something to push against, which raises that internal pressure further and helps your
spine resist bending and twisting under very heavy loads. **A belt supports a good brace; it does not replace one.** Do
not use it to hide a weak core or poor technique.

## 6. Open up your hips

If your form is tidy and your core is strong but your back still aches, look at your hips. Tight hip flexors, common in
anyone who sits a lot, tilt the pelvis and make the lower back work harder.

The kneeling hip-flexor stretch is a simple fix:

1. Kneel in a lunge with your right foot forward and your left knee on a cushion.
2. Keep your torso upright and gently tuck your tailbone under.
3. Shift your hips forward until you feel a stretch at the front of your left hip.
4. Hold for 20 to 30 seconds, breathing slowly and deeply.
5. Switch sides.

A few minutes a day, after training or before bed, adds up quickly. The
[hip mobility for lifters](/routines/hip-mobility-for-lifters) routine builds on this stretch.

## Fitting it into your week

| Change                  | Where it goes                         |
| ----------------------- | ------------------------------------- |
| Form and hinge practice | Warm-up and every working set         |
| Core work               | End of two or three sessions a week   |
| Unilateral exercises    | Lower-body days, after your main lift |
| Breathing and bracing   | Every heavy rep                       |
| Belt                    | Top sets near your maximum only       |
| Hip mobility            | After training or before bed          |

Start every session with the [lifters' warm-up](/routines/lifters-warm-up), which rehearses the hinge and the brace, and
if your back still hurts despite these changes, read our guide to
[back pain red flags](/articles/back-pain-red-flags-when-to-see-a-doctor).

_This article is general guidance, not medical advice. If you have ongoing back pain, get it assessed by a doctor or
physiotherapist before increasing your training load._
  `,
};
