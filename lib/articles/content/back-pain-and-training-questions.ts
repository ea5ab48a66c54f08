import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "back-pain-and-training-questions",
  title: "Back Pain and Training: Your Questions Answered",
  excerpt:
    "Why does your back hurt when you lift, should you train through it, and are squats, deadlifts and " +
    "planks safe? Straight answers for lifters.",
  tags: ["back-pain", "strength-training", "lifting-technique", "core"],
  routineSlugs: ["gentle-painful-day", "back-stretch-basics", "core-foundation", "lifters-warm-up"],
  publishedAt: "2025-05-06",
  coverAlt: null,
  showCalculator: false,
  body: md`
Back pain is one of the most common reasons people stop lifting, and one of the most common reasons they start. Here are
the questions we hear most often, answered plainly.

## Why does my back hurt when I train?

In most cases the cause is mechanical: the way the weight is being moved. The usual suspect is a back that rounds under
load. When your lower back curls forward during a lift, your pelvis ends up at an awkward angle and the ligaments and
small joints of the spine take strain that your hips and legs should be handling.

Other common causes:

- **Too much, too soon:** load or volume that jumps faster than your body adapts.
- **The same muscles, every session:** heavy squats, deadlifts and rows on back-to-back days leave no time to recover.
- **A core that gives out first:** when the trunk tires, the back muscles take over and get overworked.
- **Tight hips:** if your hips do not move well, your lower back moves more to make up for it.

## What should I avoid when my back is sore?

- **High-impact work** such as running, jumping and high-impact aerobics, which sends repeated jolts through the discs.
- **Twisting under load or at speed**, like a hard golf swing or a heavy rotation exercise.
- **Heavy, round-backed bending**, whether at the gym or picking up a box at home.

Avoiding these for a while is usually enough. You do not need to avoid movement altogether.

## Should I train with back pain?

Resting in bed feels tempting, but for ordinary back pain, staying gently active helps you recover faster. Exercises
that strengthen your back, abdominals and legs give your spine better support over time.

That does not mean carrying on as normal. Lower the load, drop the movements that provoke pain, and keep the ones that
feel fine. On bad days, our [gentle routine for a painful day](/routines/gentle-painful-day) keeps you moving without
aggravating things. **If your pain is new, severe or follows an injury, get advice from a health professional before
exercising.**

### What about mid-back pain?

The same principle applies. Specific exercises and stretches for the upper and middle back, plus easy general activity
such as walking, swimming or cycling, tend to help.

## Are squats bad for my back?

Squats done well are unlikely to hurt you. Still, the spine is the part of the body most exposed during a squat, and if
your lower back ends up doing most of the work, it can become chronically sore or overused. Signs of this include your
hips shooting up first out of the hole, your chest folding forward, or your lower back tucking under at the bottom.

Fixes: reduce the load, squat to a depth where you can keep a neutral back, brace before each rep, and spend time on hip
and ankle mobility.

## Are deadlifts bad for my back?

Performed correctly, the deadlift is one of the best exercises there is for building strength in the lower back and
core, which is exactly what back rehabilitation aims for. The trouble starts when a hip hinge becomes a back pull. Our
guide to [training changes that protect your back](/articles/strength-training-changes-that-prevent-back-pain) explains
the hinge in detail.

## Can planks hurt my back?

They can. A plank asks your deep core to hold your spine steady. If that deep control is not there yet, your hips sag,
your lower back arches, and the load lands on the lumbar spine. Some people find that the more planks they do, the worse
their back feels.

Some caveats for planking safely:

- **Quality over time.** A solid 20 seconds beats a sagging two minutes.
- **Stop when your hips drop** or you feel it in your lower back rather than your abdominals.
- **Start easier.** A plank from your knees, or a dead bug on your back, builds the same control with less load.

The [core foundation routine](/routines/core-foundation) builds up to full planks in this order.

## Do push-ups help my back?

Push-ups mainly work the chest, shoulders and triceps. Done with a braced trunk and a straight line from head to heels,
they also train your core to hold your spine steady, which is good for your back.

## How can I protect my lower back day to day?

- **Train your core regularly**, a little and often.
- **Set up your chair and desk** so you can sit supported, and get up every 30 to 60 minutes.
- **Walk** every day. It is one of the kindest things you can do for your back.
- **Stretch your hamstrings** and hips; tight ones pull on the pelvis. The
  [back stretch basics](/routines/back-stretch-basics) routine covers both.
- **Give your back a break** after long periods of bending, for example by standing tall and gently leaning back.
- **Go easy first thing in the morning.** Your discs hold more water after a night lying down, so avoid heavy bending in
  the first hour after waking.
- **Sleep well, keep to a healthy weight and avoid smoking**, all of which affect how well your back copes and heals.

## How do I lift safely, in the gym or at home?

1. **Think first.** Test the weight of an object before you commit to lifting it.
2. **Set your feet** about shoulder-width apart, with your shoulders over them.
3. **Keep your chest up** and your back long.
4. **Do not twist.** Turn with your feet instead of your trunk.
5. **Keep the load close** to your body.
6. **Know your limits**, and ask for help with awkward or heavy items.
7. **Bend at your hips and knees**, not by curling your waist.

Before training, a proper warm-up prepares your back for load. Try the [lifters' warm-up](/routines/lifters-warm-up).

## When should I see a doctor?

Most back pain settles within a few weeks. Some signs, such as problems controlling your bladder or bowels, numbness
around your genitals or buttocks, or weakness in both legs, need emergency care. Others need a doctor soon. Read our
full guide to [back pain red flags](/articles/back-pain-red-flags-when-to-see-a-doctor) so you know them before you need
them.

_This article is general guidance, not medical advice. If you are unsure whether it is safe to train, ask a doctor or
physiotherapist._
  `,
};
