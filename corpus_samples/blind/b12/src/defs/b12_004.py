# b12-004  medicare  gap: expiration_date conflict (20 mL vial expired 01/31/2026, DOS 02/03/2026)
# Style: secure-chat thread (infusion RN / pharmacist / pulmonologist) exported to the chart +
# structured outpatient infusion record + prior pulmonary note.  Prolastin-C Liquid, J0256 + JW.

_chat = """TigerConnect - Conversation Export (Media tab attachment)
Conversation: OPIC Pod B - SORENSEN, MARGIT  (MRN 22017735)
Participants: Tamsin Kirby RN (Outpatient Infusion); Kwame Osei PharmD (Infusion Pharmacy);
              Ingrid Lindqvist MD (Pulmonary)
Exported 02/03/2026 16:22 by Tamsin Kirby RN
-------------------------------------------------------------------------------------------
[02/03/2026 12:58] Tamsin Kirby RN: Hi both - Mrs Sorensen is here for her Prolastin-C
  Liquid. Wt today 76.5 kg on the chair scale (re-checked on the standing scale, same). The
  order is still built on 82.0 kg from Nov -> 4,920 mg. That's more than a 5% change. OK to
  recalc?
[02/03/2026 13:01] Kwame Osei PharmD: Saw that in the queue. 60 x 76.5 = 4,590 mg. I'd send
  one 80 mL + one 20 mL and you'd draw 91.8 mL total -> 410 mg left in the 20 mL vial to
  waste. Need an MD order change first.
[02/03/2026 13:04] Ingrid Lindqvist MD: Yes, please recalc to actual weight at 60 mg/kg.
  She's been losing since the flu in December - I see her in clinic next week anyway.
[02/03/2026 13:06] Ingrid Lindqvist MD: Order modified. 4,590 mg.
[02/03/2026 13:09] Kwame Osei PharmD: Verified 13:09. Tote on the way up: 1 x 80 mL lot
  2410M0614 + 1 x 20 mL lot 2402J1190.
[02/03/2026 13:10] Kwame Osei PharmD: FYI unrelated - bed 6 Glassia is delayed ~30 min,
  lot recall check on their cartons.
[02/03/2026 13:12] Tamsin Kirby RN: ok thx
[02/03/2026 13:44] Tamsin Kirby RN: Running - started 1342, 367 mL/hr. She's asking if
  she can move back to Thursdays in March.
[02/03/2026 13:46] Ingrid Lindqvist MD: Fine by me, front desk can do it.
[02/03/2026 14:01] Tamsin Kirby RN: Done at 1359, no reaction. Vitals stable. Wasting the
  410 mg / 8.2 mL - Kwame can you witness?
[02/03/2026 14:04] Kwame Osei PharmD: Witnessed + cosigned the waste 14:03. Heads up - that
  20 mL box came from the back fridge. Can you read me the exp on the carton? I think that
  shelf was due to be pulled at end of January.
[02/03/2026 14:09] Tamsin Kirby RN: Carton and vial label both say EXP 2026-01-31. Ugh. It's
  already infused. Entering a safety event now and documenting on the infusion record.
[02/03/2026 14:12] Ingrid Lindqvist MD: Thanks for catching it and telling me. She's ok? I'll
  call her tonight and disclose. Low likelihood of harm but it needs to be reported.
[02/03/2026 14:13] Tamsin Kirby RN: She's fine, eating crackers, husband here to drive.
[02/03/2026 14:20] Kwame Osei PharmD: Pulled the rest of that shelf - 3 more 20 mL vials with
  01/2026 dating quarantined. Event # SE-26-01184 from my side too.
[02/03/2026 14:22] Ingrid Lindqvist MD: 👍
-------------------------------------------------------------------------------------------
Messages in this conversation are retained per policy HIM-214 and filed to the encounter.
"""

_rec = """NORTHFIELD UNIVERSITY HOSPITAL - OUTPATIENT INFUSION RECORD
Patient: SORENSEN, MARGIT K     MRN 22017735     DOB 06/22/1951     Encounter 77102948
Date: 02/03/2026     Unit: OPIC Pod B, chair 5     Payer: Medicare Part B
Ordering: Ingrid Lindqvist MD     Infusion RN: Tamsin Kirby RN

PRE-INFUSION
  Arrival 12:41. Identity verified x2 identifiers.
  Weight 76.5 kg (standing scale 12:50)     Height 168 cm
  T 36.4  HR 72  BP 118/70  RR 16  SpO2 95% RA  (12:52)
  Screening: no fever, no new infection, no antibiotics/steroids in 7 days.
  Hold criteria: none met.
  IV access: PIV 22 g right hand, 1 attempt, 13:20, blood return present.

MEDICATION
  Drug: alpha1-proteinase inhibitor (human) - PROLASTIN-C LIQUID 50 mg/mL
  Order: 60 mg/kg IV once weekly. Dosing weight 76.5 kg (02/03/2026).
         Original order 4,920 mg (82.0 kg) modified 13:06 by Dr. Lindqvist.
  Dose administered: 4,590 mg / 91.8 mL IV
  Start: 13:42     Stop: 13:59     Rate 367 mL/hr (0.08 mL/kg/min)
  Vial 1: 80 mL (4,000 mg)  NDC 13533-0705-80  Lot 2410M0614  Exp 2027-04-30
  Vial 2: 20 mL (1,000 mg)  NDC 13533-0705-20  Lot 2402J1190  Exp 2026-01-31
          ** EXPIRED at time of use - identified after administration; safety event
             SE-26-01184 entered 14:11; prescriber notified 14:09 (secure chat). **
  Waste: 410 mg (8.2 mL) remaining in the 20 mL single-use vial, discarded in
         pharmaceutical waste. Witness: K. Osei PharmD 14:03.

MONITORING
  13:57  HR 74  BP 120/72  SpO2 95%   no flushing, no itching, no dyspnea
  14:14  HR 70  BP 116/70  SpO2 96%   tolerated well
  Flush: NS 10 mL pre (13:21), 20 mL post (13:59-14:00).
  PIV removed 14:30, catheter intact. Discharged 14:36 ambulatory with husband.

EDUCATION
  Patient informed that one vial was past its expiration date; questions answered; told
  Dr. Lindqvist will call this evening. Reviewed delayed reaction symptoms.

Signed: Tamsin Kirby RN 02/03/2026 14:41
Cosigned (waste): Kwame Osei PharmD 02/03/2026 14:44
"""

_note = """NORTHFIELD UNIVERSITY PULMONARY - CLINIC NOTE
Patient: Margit K. Sorensen     DOB 06/22/1951     MRN 22017735
Date: 01/06/2026                Attending: Ingrid Lindqvist, MD

INTERVAL HISTORY
74-year-old retired school librarian with severe AATD (PI*ZZ) and emphysema, on weekly
Prolastin-C Liquid augmentation since 2018. Influenza A in mid-December treated with
oseltamivir 75 mg BID x 5 days; no admission, no steroids, two missed infusions
(12/16 and 12/23). Now back to baseline breathing. Appetite is slowly coming back; she has
lost weight. Still gardening indoors, walking the hallway of her building twice a day.
No hemoptysis, no chest pain.

REVIEW OF AUGMENTATION
She has done well on augmentation: exacerbation rate about 1 every 2 years, stable
symptoms, FEV1 essentially unchanged from last year. Tolerates weekly infusions without
reactions.

HISTORY
AATD PI*ZZ diagnosed 2017 (AAT 24 mg/dL, nephelometry, ref 100-190). Emphysema, basilar
panlobular on CT 2017 and 2024. Osteopenia. Hypertension. Cataract surgery 2022.
Former smoker - 20 pack-years, quit 1998.
Family: her sister was PI*MZ; a nephew is on "alpha-1 infusions" in Denmark.

MEDICATIONS
tiotropium/olodaterol 2 inhalations daily; albuterol PRN; amlodipine 5 mg daily;
alendronate 70 mg weekly; calcium/vitamin D; Prolastin-C Liquid IV weekly.

EXAM
Weight 79.8 kg (82.0 kg on 11/04/2025). BP 122/74, HR 78, SpO2 95% RA, afebrile.
Lungs: diminished bilaterally, no crackles, no wheeze. No edema.

DATA
Spirometry 12/30/2025 (post-BD): FEV1 1.02 L, 47% predicted; FVC 2.40 L (82%);
FEV1/FVC 0.43. 01/2025: FEV1 1.05 L, 48% predicted.

ASSESSMENT / PLAN
1. AATD PI*ZZ with emphysema - stable on augmentation, recovered from influenza.
   Continue Prolastin-C Liquid 60 mg/kg weekly. Infusion team to reweigh each visit and
   recalculate if weight changes by >= 5%.
2. Weight loss after influenza (82.0 -> 79.8 kg) - dietitian referral; recheck in 4 weeks.
3. Vaccines: RSV given 09/2025; COVID booster due.
RTC 4-6 weeks.

Ingrid Lindqvist, MD   signed 01/06/2026 12:40
"""

CHART = {
    "chart_id": "b12-004",
    "date_of_service": "2026-02-03",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 459, "modifiers": []},
        {"hcpcs": "J0256", "units": 41, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-03", "text": _chat},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-03", "text": _rec},
        {"id": "d3", "type": "progress_note", "date": "2026-01-06", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-004",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "conflict",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 24, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 47},
        {"kind": "fev1", "value": 48},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 76.5, "unit": "kg", "value_kg": 76.5},
        {"kind": "weight", "value": 79.8, "unit": "kg", "value_kg": 79.8},
        {"kind": "weight", "value": 82.0, "unit": "kg", "value_kg": 82.0},
        {"kind": "dose", "value": 4590},
        {"kind": "wastage", "value": 410},
        {"kind": "lot_number", "value": "2410M0614"},
        {"kind": "lot_number", "value": "2402J1190"},
        {"kind": "expiration_date", "value": "2027-04-30"},
        {"kind": "expiration_date", "value": "2026-01-31"},
        {"kind": "infusion_start", "value": "13:42"},
        {"kind": "infusion_end", "value": "13:59"},
        {"kind": "response_to_therapy"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Gap: the 20 mL vial (lot 2402J1190) expired 2026-01-31, before the 2026-02-03 DOS; it was "
        "infused and then reported -> expiration_date conflict (one expired lot among two is enough). "
        "Everything else is met: weight change 82.0 -> 76.5 kg recalculated in the chat (order 4,920 mg "
        "is superseded, the 'original order' is not a dose); 4,590 mg given; J0256 x459 + JW x41 "
        "(floor(410/10)). Times 13:42/13:59 appear in chat and record; arrival 12:41, PIV 13:20, "
        "pharmacist verification 13:09, waste witness 14:03, event 14:11, PIV removal 14:30, discharge "
        "14:36 are not infusion times. Bed 6 Glassia delay is another patient. Sister PI*MZ and "
        "nephew are family. Oseltamivir, amlodipine, alendronate doses are other drugs."
    ),
}

ARITH = {
    "dos": "2026-02-03",
    "profile": "medicare",
    "product": "Prolastin-C Liquid",
    "code": "J0256",
    "weight": {"value": 76.5, "unit": "kg", "kg": 76.5},
    "dose_mg": 4590,
    "target_mg": 4590.0,
    "deviation_pct": 0.0,
    "vials": [
        {"nominal_mg": 4000, "labeled_mg": 4000, "lot": "2410M0614"},
        {"nominal_mg": 1000, "labeled_mg": 1000, "lot": "2402J1190"},
    ],
    "waste_mg": 410,
    "admin_units_expected": 459,
    "billed_admin_units": 459,
    "jw_units_expected": 41,
    "billed_jw_units": 41,
    "modifier_expectation": "JW line x41 (no JZ)",
    "lots": [
        {"lot": "2410M0614", "exp": "2027-04-30", "expired": False},
        {"lot": "2402J1190", "exp": "2026-01-31", "expired": True},
    ],
}
