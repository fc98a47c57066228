from common import doc, emit, req_ids

CID = "b8-014"
DOS = "2026-03-05"

d1 = doc("d1", "infusion_record", DOS, """
CLEARWATER AMBULATORY INFUSION CENTER (AIC) - Nursing Visit Note
Date: 03/05/2026     Patient: Fontaine, Gerald R.     DOB 01/17/1960     Acct CW-88120
Payer: Lakeland Mutual Health (commercial HMO)     Auth on file: LMH-PA-6620194 (valid 07/01/2025-06/30/2026)
Nurse: Hollis Grant, RN

Arrived 13:35 with wife. Weight today 71.3 kg (157.2 lb) on AIC scale. Pt reports he has lost weight on
semaglutide (started 07/2025, now 1 mg weekly) - "clothes falling off". Appetite reduced. No fever/URI.
VS 13:45: T 36.7, HR 92, BP 118/70, RR 20, SpO2 90% on 2 L NC (home O2).

Order on file (written 06/12/2025, dosing weight 88.0 kg): Prolastin-C Liquid 5,500 mg IV weekly.
  RN note: current weight is 17 kg lower than the dosing weight - Dr. Whitfield paged 13:50; callback
  13:58: "give the ordered dose today, I will revise the order after clinic." Order not changed before infusion.

Vials: 4,000 mg/80 mL (lot 27NQD12, exp 2027-03) + 1,000 mg/20 mL (lot 27NQA07, exp 2026-12) +
  500 mg/10 mL (lot 27NPZ91, exp 2026-09). Total 5,500 mg / 110 mL.
PIV 22g L forearm 14:02, + blood return.
14:10 Prolastin-C Liquid infusion started via pump, 4 mL/min.
14:25 Tolerating, SpO2 90% 2 L, HR 90.
14:38 Infusion completed. 110 mL = 5,500 mg administered. All three vials fully used; no product wasted.
14:40 NS flush 20 mL. 14:55 post VS: HR 88, BP 116/70, SpO2 91% 2 L. PIV removed 15:00.
Discharged 15:05 by wheelchair to car (baseline).

H. Grant, RN 03/05/2026 15:12
""")

d2 = doc("d2", "progress_note", DOS, """
CLEARWATER PULMONARY CONSULTANTS - Office Visit
Patient: Gerald R. Fontaine   66 M   Date: 03/05/2026   Provider: Lena Whitfield, MD

S: Returns for alpha-1 follow-up. AATD (PI*ZZ) with severe emphysema; augmentation since 2021. Since the
   last visit no exacerbations and no hospital stays (had 2 admissions in 2024). Stable on home O2 2 L.
   Lost 17 kg since June on semaglutide (prescribed by endocrinology for T2DM; A1c now 6.4%).
   Former smoker - quit 2012, 45 pack-years.
O: Wt 71.3 kg (AIC scale today). SpO2 90% on 2 L. Barrel chest, distant breath sounds, no wheeze.
   PFT 02/2026: post-BD FEV1 0.71 L = 23% predicted, FEV1/FVC 0.31, DLCO 28%.
   AAT 0.44 g/L pre-treatment (2021). CT 2024: severe panlobular emphysema.
A/P:
1. AATD PI*ZZ with very severe emphysema (E88.01, J43.1), on Prolastin-C Liquid weekly: clinically stable
   with no exacerbations this year; FEV1 slowly declining (24% -> 23%). Continue augmentation.
2. T2DM / weight loss on semaglutide - discuss slowing weight loss with endocrinology; dietitian referral.
3. Chronic hypoxemic respiratory failure - continue O2 2 L continuous.
4. Lung transplant evaluation discussed; he prefers to wait.
5. Vaccines: influenza 10/2025, RSV 2024, PCV20 2023 - up to date.
Medications reviewed: Prolastin-C Liquid weekly; budesonide/glycopyrrolate/formoterol 2 puffs BID;
albuterol PRN; semaglutide 1 mg weekly; metformin 1,000 mg BID; rosuvastatin 20 mg daily.
Return 3 months with PFTs.

Amended 03/05/2026 16:10 (L. Whitfield): dose revised - new order Prolastin-C Liquid 4,500 mg IV weekly
(60 mg/kg x 71.3 kg = 4,278 mg; one 4,000 mg + one 500 mg vial) effective with the next infusion on
03/12/2026. Today's infusion had already been given at the previous order.
""")

d3 = doc("d3", "progress_note", "2025-06-12", """
CLEARWATER PULMONARY CONSULTANTS - Office Visit        06/12/2025
Patient: Gerald R. Fontaine   65 M   Provider: Lena Whitfield, MD

Subjective: 6-month alpha-1 review. Switched from Prolastin-C Liquid at the hospital to the Clearwater AIC in
05/2025 for convenience. No admissions since 10/2024; two outpatient exacerbations in the last 12 months
versus five the year before treatment. Uses O2 2 L with exertion and at night. Gained weight over the winter
(88 kg now). Diet poor; A1c 8.9% per PCP. Former smoker (quit 2012).

Objective: Wt 88.0 kg. BP 138/84. SpO2 91% on 2 L. Distant breath sounds, no wheeze, trace ankle edema.
FEV1 0.74 L (24% predicted) 05/2025; FEV1/FVC 0.32.

Assessment: AATD PI*ZZ with very severe emphysema on augmentation - fewer exacerbations than before
treatment; lung function poor but slowly declining.
Plan:
- New order (weight-based): Prolastin-C Liquid 5,500 mg IV weekly (60 mg/kg x 88 kg = 5,280 mg, rounded to
  vials 4,000 + 1,000 + 500 mg).
- Reauthorization submitted; Lakeland approved LMH-PA-6620194 07/01/2025-06/30/2026.
- Endocrinology referral for diabetes.
- Continue O2; pulmonary rehab maintenance.
L. Whitfield, MD
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "commercial", "name": "Lakeland Mutual Health HMO"},
    "prior_authorization": "LMH-PA-6620194",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 550, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("commercial")}
reqs.update({"dose_matches_weight": "conflict", "fev1_range": "conflict"})

gold = {
    "chart_id": CID,
    "profile": "commercial",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.44, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 23},
        {"kind": "fev1", "value": 24},
        {"kind": "weight", "value": 71.3, "unit": "kg", "value_kg": 71.3},
        {"kind": "weight", "value": 88.0, "unit": "kg", "value_kg": 88.0},
        {"kind": "dose", "value": 5500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "27NQD12"},
        {"kind": "lot_number", "value": "27NQA07"},
        {"kind": "lot_number", "value": "27NPZ91"},
        {"kind": "expiration_date", "value": "2027-03"},
        {"kind": "expiration_date", "value": "2026-12"},
        {"kind": "expiration_date", "value": "2026-09"},
        {"kind": "infusion_start", "value": "14:10"},
        {"kind": "infusion_end", "value": "14:38"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "LMH-PA-6620194"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "GAP chart (2 gaps). (1) dose_matches_weight conflict: current weight 71.3 kg (DOS); 60 x 71.3 = 4278 mg, "
        "tolerance +/-427.8 -> 3850-4706; dose given 5,500 mg (old order for 88.0 kg) -> 28.6 % over. The 'Amended ... dose "
        "revised' addendum changes the order for the NEXT infusion (4,500 mg is a planned value, not today's dose). "
        "(2) fev1_range conflict: FEV1 23 % predicted (24 % in 05/2025 also < 25). Other requirements met: ceil(5500/10) = "
        "550 on J0256 JZ; 'no product wasted' -> commercial wastage met; all three lots' expirations (2027-03, 2026-12, "
        "2026-09) after DOS; PA in chart field and notes; former smoker. Traps: calculations 4,278 and 5,280 mg; "
        "vial sizes 4,000/1,000/500 mg; semaglutide 1 mg weekly; A1c values; times 13:35 arrival, 13:45 VS, 13:50 page, "
        "13:58 callback, 14:02 PIV, 14:25, 14:40 flush, 14:55, 15:00, 15:05, 15:12, amendment 16:10; O2 2 L."
    ),
}

emit(chart, gold)
