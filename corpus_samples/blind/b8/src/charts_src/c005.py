from common import doc, emit, req_ids

CID = "b8-005"
DOS = "2026-03-09"

d1 = doc("d1", "infusion_record", DOS, """
PATIENT SELF-INFUSION LOG (patient-kept; photographed by patient and uploaded to pharmacy portal 03/10/2026 07:12)
Transcribed as written by: Summit Specialty Pharmacy intake (no changes to patient entries)

MY ALPHA-1 INFUSION DIARY                       Name: Renata Sokolova        DOB 8/19/72
Product: Prolastin-C Liquid (1 bottle = 4 g / 80 mL)
Dr. Grunewald's order: 60 mg/kg weekly = about 4,100 mg -> pharmacy sends the 4 g bottle
Home infusions since: 1/19/26 (first 3 were with the home nurse, after that on my own)
Rate: pump set at 3.5 mL/min   Pharmacy 24h line: 1-800-555-0142

Date  | Start | Finish | Amount                | Lot #    | Exp     | Left in bottle?            | Weight | How I felt / notes
------|-------|--------|-----------------------|----------|---------|----------------------------|--------|-----------------------------
2/9   | 7:30p | 7:56p  | 4000 mg               | 27PKR19  | 10/2026 | none                       |        | fine
2/16  | 7:35p | 8:02p  | 4000 mg               | 27PKR19  | 10/2026 | none                       | 152 lb | headache after, 1 tylenol
2/23  | 7:50p | 8:15p  | 4000                  | 27PKR19  | 10/2026 | none                       |        | ok, tired
3/2   |  --   |  --    | SKIPPED               |          |         |                            |        | stomach flu, called pharmacy 3/3
3/9   | 7:40p | 8:04p  | 4000 mg (1 bottle)    | 27PLX44  | 11/2026 | whole bottle used - nothing wasted | 151 lb | felt fine. IV L hand, 2nd try
3/16  |       |        |                       |          |         |                            |        |

Supplies used 3/9: 1 x 24g catheter (+1 failed), 2 NS flush 10 mL, 1 extension set, alcohol pads.
Questions for nurse/pharmacist: can I do it in the morning on weekends?

Reminders to myself (from the home nurse):
- take bottle out of fridge 1 hour before, don't shake
- wash hands, clean table, set out supplies
- call the 24h line if hives, chest tight, or trouble breathing
- write the lot number and exp from the bottle label every time

Patient signature: R. Sokolova
""")

d2 = doc("d2", "other", "2026-03-11", """
SUMMIT SPECIALTY PHARMACY - Refill Reminder & Clinical Assessment Call
Date/time: 03/11/2026 14:22 CT     Call type: outbound, monthly assessment     Duration: 14 min
Pharmacist: Joel Whitcomb, PharmD
Patient: Renata Sokolova   DOB 08/19/1972   Identity verified (name + DOB)
Therapy: Prolastin-C Liquid 4 g IV once weekly, self-infused at home     Prescriber: Anke Grunewald, MD

ADHERENCE
- Expected doses since last call (02/10): 4. Infused: 3 (2/16, 2/23, 3/9) per patient log uploaded 3/10.
- 3/2 dose missed (GI illness); prescriber office notified 3/3 by pharmacy. Counseled: resume weekly, do not double.
- On hand: 1 bottle (4 g) for 3/16.

ADVERSE EVENTS
- Mild headache after 2/16 infusion, resolved with acetaminophen 500 mg x1. No fever, rash, chest tightness.
- One failed IV attempt 3/9 (L hand); no infiltration. Reviewed vein selection and warm compress.

CLINICAL CHECK
- Patient says breathing is "about the same, maybe a little better"; no flare-ups or antibiotics since she
  started the infusions in October; using albuterol 2-3 times a week instead of daily.
- Tobacco: never smoked. No new medications. Allergies: NKDA (unchanged). No hospital/ED visits.
- Weight: reports no change since last month.

INSURANCE / AUTHORIZATION
- Prior authorization on file expired 02/28/2026. Reauthorization submitted to BlueRiver Health 03/03/2026:
  status PENDING (payer case reference 88213-CR). Prescriber office sent chart notes 03/04.
- Copay assistance card active ($0 patient responsibility).

NEXT SHIPMENT
- Planned ship date 03/13/2026, delivery 03/14 (signature required): Prolastin-C Liquid 4,000 mg/80 mL x 4 bottles
  + ancillary kit (24g catheters x 5, extension sets x 4, NS 10 mL flushes x 10, alcohol pads, sharps container).
- If reauthorization is not approved by 03/12, ship 1 bottle under the 7-day continuity override.

Plan: follow up on reauth 03/12 AM; next clinical call in 4 weeks.
Joel Whitcomb, PharmD   03/11/2026 14:41
""")

d3 = doc("d3", "progress_note", "2025-12-01", """
NORTHGATE PULMONARY & SLEEP - Clinic Note
Patient: Renata Sokolova, 53 F      Date of visit: 12/01/2025      Clinician: Anke Grunewald, MD
Payer: BlueRiver Health (commercial PPO)

HPI: Referred 08/2025 for dyspnea out of proportion to age with never-smoking history. Work-up showed
severe alpha-1 antitrypsin deficiency. Started weekly Prolastin-C Liquid 10/06/2025 at the hospital
infusion center; she wants to self-infuse at home. Completed home-infusion training (2 sessions) and is
scheduled for 3 nurse-supervised home infusions starting 01/2026.
Never smoker; second-hand smoke exposure as a child (both parents smoked). Office manager.

Results reviewed:
- Serum alpha-1 antitrypsin 0.31 g/L (08/20/2025; lab reference 0.90-2.00 g/L)
- SERPINA1 sequencing (08/2025): PI*Z (c.1096G>A) heterozygous AND a null allele (Q0granite falls,
  c.552delC) in trans -> PI*Z/null. (IEF had reported "Z" only, as expected with a null allele.)
- HRCT 08/2025: panlobular emphysema, lower lobes, moderate.
- Spirometry 09/2025: post-BD FEV1 1.64 L (58% predicted), FEV1/FVC 0.55.
- LFTs normal; liver elastography 5.1 kPa.

Exam: Wt 68.9 kg   BP 118/72   SpO2 96% RA. Mild expiratory prolongation. No edema.

Assessment / plan:
1. Severe AATD, PI*Z/null, with panlobular emphysema (E88.01, J43.1). On augmentation since 10/2025.
   Too early to judge effect; will reassess at 6 months with spirometry and exacerbation count.
   Transition to home self-infusion via Summit Specialty Pharmacy; dose 60 mg/kg (4 g bottle).
2. Brother and daughter advised to be tested; brother has declined so far.
3. Vaccines up to date.
Prior authorization for augmentation on file with pharmacy through 02/28/2026.
Return 03/2026 (after 6 months of therapy).

A. Grunewald, MD
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "commercial", "name": "BlueRiver Health PPO"},
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("commercial")}
reqs.update({
    "units_match_dose": "not_applicable",
    "code_selection": "not_applicable",
    "response_to_therapy": "missing",
    "prior_authorization": "missing",
})

gold = {
    "chart_id": CID,
    "profile": "commercial",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "NULL"]},
        {"kind": "serum_aat", "value": 0.31, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 58},
        {"kind": "weight", "value": 151, "unit": "lb", "value_kg": 68.5},
        {"kind": "weight", "value": 152, "unit": "lb", "value_kg": 68.9},
        {"kind": "weight", "value": 68.9, "unit": "kg", "value_kg": 68.9},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "27PLX44"},
        {"kind": "expiration_date", "value": "2026-11"},
        {"kind": "infusion_start", "value": "19:40"},
        {"kind": "infusion_end", "value": "20:04"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "GAP chart (2 gaps), home self-infusion, no claim lines (units/code not_applicable; wastage met by the diary's "
        "'whole bottle used - nothing wasted'). DOS row 3/9: 4000 mg, lot 27PLX44, exp 11/2026 (-> 2026-11, end of month "
        "after DOS), 7:40p-8:04p -> 19:40/20:04, weight 151 lb = 68.49 kg; 60 x 68.49 = 4109 mg; |4000-4109| = 109 = 2.7 % "
        "-> met. Gaps: (1) response_to_therapy missing: the only response statement ('about the same, maybe a little better', "
        "no flare-ups, less albuterol) is in the pharmacy call, type other, not a progress_note; the pulm progress note says "
        "'too early to judge; will reassess' (a plan). The statement is still listed as a finding. (2) prior_authorization "
        "missing: authorization expired 02/28, reauth PENDING; 'case reference 88213-CR' is a payer case number, not an "
        "authorization number; no chart field. Genotype by sequencing Z + null in trans -> [Z, NULL] (IEF 'Z' only is "
        "consistent, not a second pair). Traps: earlier diary rows (2/9, 2/16, 2/23 with lot 27PKR19, exp 10/2026 and "
        "their times), skipped 3/2, empty 3/16 row; '60 mg/kg = about 4,100 mg' calculation; 4 g bottle size; next "
        "shipment 4 x 4,000 mg; acetaminophen 500 mg; upload 07:12 and call 14:22/14:41 times; lab ref 0.90-2.00 g/L; "
        "brother/daughter not tested. 152 lb (2/16) and 68.9 kg (12/01) are historical weights."
    ),
}

emit(chart, gold)
