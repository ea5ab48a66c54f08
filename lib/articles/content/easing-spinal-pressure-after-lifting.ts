import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "easing-spinal-pressure-after-lifting",
  title: "Easing Spinal Pressure After a Heavy Session",
  excerpt:
    "Squats and deadlifts load your spine. Here is how dead hangs and, with care, inverted hanging can help " +
    "it unload after training.",
  tags: ["decompression", "strength-training", "safety"],
  routineSlugs: ["first-hangs", "post-lifting-decompression", "inversion-decompression"],
  publishedAt: "2025-01-20",
  coverAlt: null,
  showCalculator: false,
  body: md`
If your lower back feels tight, heavy or a little "jammed" after a big squat or deadlift day, you are in good company.
It is one of the most common things lifters tell us. Most of the time it is not an injury at all, just a spine that has
spent an hour carrying a lot of weight. A few minutes of deliberate unloading at the end of a session can make a real
difference to how you feel that evening and the next morning.

## Why your back feels compressed after lifting

Every time a bar sits across your shoulders or you pull one from the floor, the load travels straight down through your
spine. Between each pair of vertebrae sits a disc, and those discs work a bit like sponges. As you move, they are
squeezed and then released, and that pumping action is how they draw in water and nutrients, because they have very
little blood supply of their own.

Heavy lifting squeezes them hard. Long spells of sitting squeeze them unevenly and for a long time. Add the muscles
along your spine, which have just worked hard to hold you upright under load and tend to stay tense afterwards, and that
stiff, compressed feeling makes sense.

None of this means lifting is bad for your back. Loading is how tissues get stronger. It simply means a short recovery
step is worth building in.

**Normal post-training stiffness eases with movement. Sharp pain, pain that travels down a leg, or numbness is
different: stop and read our guide to [back pain red flags](/articles/back-pain-red-flags-when-to-see-a-doctor).**

## What "decompression" actually means

You will hear this called decompression or traction. The idea is the same: let gravity or your own body weight gently
draw the vertebrae apart a little, so the discs are under less pressure and the long muscles beside the spine get a
mild, sustained stretch. Think of it as a way to feel better after loading, not as a treatment that changes the
structure of your spine. The relief is real for many people, but it is short-lived, which is why it works best as a
regular habit.

There are two main ways lifters do it: hanging by the hands and hanging upside down.

## Option 1: the dead hang

This is the one almost everyone can start with, because all you need is a pull-up bar.

### How to do it

1. Stand on a box or bench so you can reach the bar without jumping.
2. Take hold of the bar, then step off slowly so your arms take your weight.
3. Let your shoulders rise towards your ears and your legs hang long and relaxed.
4. Breathe slowly through your nose and let your lower back soften.
5. Step back onto the box to finish. Do not drop down onto straight legs.

### Choosing a grip

Different grips change how the hang feels in your shoulders and forearms, so experiment:

- **Overhand (palms facing away):** the classic. Wide or shoulder-width both work.
- **Underhand (palms facing you):** often easier on the grip, with a slightly different stretch through the lats.
- **Neutral (palms facing each other):** on parallel handles, usually the kindest option for cranky shoulders.
- **Mixed (one palm towards you, one away):** useful for longer holds, but swap sides between sets.
- **Narrow or wide:** a wider grip stretches the lats more; a narrower grip tends to feel gentler on the shoulders.

### How long to hang

Start with two or three hangs of 10 to 20 seconds and build towards 30 to 60 seconds over a few weeks. If your grip
gives out long before your back has relaxed, keep your toes on the floor or a low box and let your knees bend. A
supported hang takes part of your weight off your hands while still letting your spine lengthen. If hanging is new to
you, the [first steps in hanging](/routines/first-hangs) routine builds from supported hangs to a short full hang.

## Option 2: hanging upside down

Inverted hanging gives a stronger pull on the spine, because the weight of your whole upper body draws it gently apart.
People do it with ankle cuffs (often called gravity boots) hooked over a bar, on an inversion table, or in a fabric yoga
sling that supports the hips.

It is also the riskier option. Turning upside down sends blood towards your head, raising the pressure in your head and
eyes, and it takes time for your body to get used to it.

**Never try inverted hanging for the first time on your own. Have someone experienced set you up and stay with you, and
build up gradually.**

### Going gradually

- **Angle first.** On an inversion table, start at a shallow tilt rather than fully upside down, and only go steeper
  once that feels easy over several sessions.
- **Time second.** Begin with 30 seconds to a minute, come up slowly, and sit for a moment before standing.
- **Listen to your body.** Dizziness, a pounding head, blurred vision, nausea or any new pain means come up now and stop
  for the day.

Some people should not invert at all, including anyone with high blood pressure, glaucoma or pregnancy. The full list is
in [ways to decompress your back](/articles/ways-to-decompress-your-back). Please read it before you try.

## A simple post-lifting routine

You do not need long. Ten minutes at the end of your session is plenty:

1. Walk easily for three to five minutes to bring your breathing and heart rate down.
2. Do two or three dead hangs in whichever grip feels best.
3. Finish on the floor with a few slow breaths in child's pose and some knee-to-chest hugs.

Our [post-lifting decompression routine](/routines/post-lifting-decompression) walks you through hangs and floor
stretches like these, with timers. If you have an inversion table and have built up with supervision, the
[inversion decompression routine](/routines/inversion-decompression) adds a minute at a shallow angle.

## When unloading is not enough

If you finish every heavy session aching, hanging will only take the edge off. It is worth looking at why. Common
culprits are a deadlift that turns into a back-pull instead of a hip hinge, a core that tires before your legs do, and
tight hips. Our guide to
[training changes that protect your back](/articles/strength-training-changes-that-prevent-back-pain) covers each of
these.

_This article is general guidance, not medical advice. If you have a health condition or persistent pain, check with a
doctor or physiotherapist before trying new exercises._
  `,
};
