import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "strengthen-your-back-in-three-stages",
  title: "Strengthen Your Back in Three Stages",
  excerpt:
    "A simple home session for a stronger back: warm up, train the deep muscles that support your spine with " +
    "bridges, bird-dogs and supermans, then cool down.",
  tags: ["core", "strength-training", "back-pain", "mobility"],
  routineSlugs: ["back-strengthening-three-stages", "core-foundation", "core-builder"],
  publishedAt: "2025-09-02",
  coverAlt: null,
  showCalculator: false,
  body: md`
Your spine is a stack of bones, but what keeps it steady is muscle. The deep muscles that run alongside and between the
vertebrae, together with your abdominals and glutes, act like guy ropes on a tent. When they are strong and well
coordinated, everyday loads and heavy barbells are shared out sensibly. When they are weak or switched off, from long
hours of sitting, a slumped posture or a sudden break from training, the passive structures of the spine take more of
the strain, and stiffness and aches follow.

The good news is that these muscles respond quickly to regular, simple work. This session needs no equipment beyond a
mat and takes about 20 minutes. It has three stages, and each one matters.

## Stage 1: warm up (5 to 7 minutes)

A warm-up raises your body temperature, gets blood and oxygen into the muscles and makes tissues more pliable, so they
are less likely to be strained. Move smoothly and never force a range.

1. **Breathing.** Stand tall with your feet shoulder-width apart. Take two or three slow, deep breaths, pausing for two
   or three seconds at the top of each one.
2. **Neck.** Nod gently up and down, then turn your head slowly left and right, five times each way.
3. **Shoulders and arms.** Roll your shoulders backwards and forwards, then make big, easy arm circles in both
   directions.
4. **Side bends.** Interlace your fingers, reach overhead and lean slowly to each side. Take this one carefully: a jerky
   side bend is an easy way to tweak your back.
5. **Roll-down.** Let your chin drop and roll down slowly towards your toes, knees soft, then roll back up one vertebra
   at a time.
6. **Marching.** March on the spot for a minute, bringing your knees as high as is comfortable.

Finish the warm-up with two or three deep breaths.

## Stage 2: train the deep back muscles (10 to 12 minutes)

These three exercises are the core of the session. Do them in order, resting about 30 seconds between sets.

### Glute bridge

Lie on your back with your knees bent and feet flat, hip-width apart. Press through your heels and shoulder blades to
lift your hips until your body forms a straight line from shoulders to knees. Hold for three to five seconds, then lower
slowly.

- **Do:** squeeze your glutes at the top.
- **Avoid:** pushing your hips so high that your lower back arches.

### Bird-dog

Kneel on all fours, hands under your shoulders and knees under your hips. Reach one arm forward and the opposite leg
back until both are level with your body, so your back stays flat like a table top. Hold for two or three seconds,
return, and switch sides. This teaches the muscles around your spine to keep it still while your limbs move, exactly
what you need under a barbell.

- **Make it easier:** move just an arm, or just a leg, until you feel steady.
- **Check:** imagine a glass of water resting on your lower back. Don't spill it.

### Superman (boat pose on your front)

Lie face down with your arms stretched out in front. Lift your arms, chest and legs a few centimetres off the floor
together, hold for two or three seconds, and lower. Repeat five or six times. Keep your gaze on the floor so your neck
stays long, and remember that height is not the goal: a small, controlled lift works the back muscles without squeezing
the lower spine.

### Optional: cobra to downward dog

If you have a little more time, finish stage 2 with a flowing stretch that also strengthens. From lying face down, press
up into a low cobra, then tuck your toes and push your hips up and back into downward dog, straightening your knees and
elbows as far as is comfortable. Lower back through to cobra and repeat five times.

### A sample session

| Exercise                         | Sets | Reps or hold                      | Rest |
| -------------------------------- | ---- | --------------------------------- | ---- |
| Glute bridge                     | 2    | 10 reps, 3 to 5 s hold at the top | 30 s |
| Bird-dog                         | 2    | 6 reps each side, 2 to 3 s hold   | 30 s |
| Superman                         | 2    | 5 to 6 reps, 2 to 3 s hold        | 30 s |
| Cobra to downward dog (optional) | 1    | 5 slow repetitions                | none |

## Stage 3: cool down (3 to 5 minutes)

Do not skip the last stage. After the work, let your body settle: jog gently on the spot or around the room, slowing to
a walk over a couple of minutes, then finish with child's pose and a few knee-to-chest hugs while your breathing returns
to normal.

## How often, and how to progress

Two or three sessions a week, on non-consecutive days, is plenty to start with. Once all three exercises feel easy and
controlled:

1. Lengthen the holds by a second or two.
2. Add a set.
3. Move on to harder variations, such as single-leg bridges and longer planks.

The [back strengthening in three stages](/routines/back-strengthening-three-stages) routine guides you through the
warm-up, the bridge, bird-dog and superman, and the cool-down, with timers. When you are ready for more, the
[core foundation](/routines/core-foundation) and [core builder](/routines/core-builder) routines take you further.

## The habits that help

Exercise does the most good alongside a few everyday habits: walk daily, keep your back long when you sit, and get up
from your desk every half hour or so. Sleep well, spend time outdoors, eat a balanced diet and, if you smoke, stopping
helps your discs and your recovery. If your back is already painful, read
[back pain and training: your questions answered](/articles/back-pain-and-training-questions) first.

_This article is general guidance, not medical advice. If you have back pain that is severe, spreading or not improving,
see a doctor or physiotherapist before starting._
  `,
};
