from _h import F, W, reqs

D1 = """DESERT VALLEY LUNG CENTER - AMBULATORY INFUSION
ALPHA-1 AUGMENTATION THERAPY LOG                           printed 01/08/2026 14:05 by MVANCE
Patient: OCHOA, RAYMOND T    DOB 07/19/1964    MRN DVL-220731    AHCCCS ID A60418823
Plan: Mercy Care (AHCCCS Complete Care)     PA on file: 1102558391 (07/01/2025 - 06/30/2026)
Product: Prolastin-C (lyophilized) 1,000 mg single-dose vial; reconstitute with 20 mL SWFI
Standing order (Dr. E. Castaneda): 60 mg/kg IV q7 days; round to nearest whole vial if within
10 %; reweigh every 4 weeks and with any change in clinical status; premed none.
Period: 09/02/2025 - 01/06/2026

Wk  Date      Wt kg  Given mg  Vials  Lot       Exp      Start  Stop   Waste mg  Mod  Rxn  RN   Comment
--  --------  -----  --------  -----  --------  -------  -----  -----  --------  ---  ---  ---  ------------------------------
1   09/02/25  97.8   6,000     6      27C1408   03/2027  09:12  09:29  0         JZ   N    MV
2   09/09/25  --     6,000     6      27C1408   03/2027  09:20  09:37  0         JZ   N    MV
3   09/16/25  --     6,000     6      27C1408   03/2027  09:15  09:33  0         JZ   N    AR
4   09/23/25  --     6,000     6      27D0922   04/2027  09:09  09:26  0         JZ   N    MV
5   09/30/25  95.0   6,000     6      27D0922   04/2027  09:31  09:48  0         JZ   N    MV
6   10/07/25  --     6,000     6      27D0922   04/2027  09:10  09:27  0         JZ   N    MV
--  10/14/25  --     HELD      --     --        --       --     --     --        --   --   MV   T 38.4, cough; MD notified,
                                                                                                  Augmentin 875 mg BID x7d; hold
7   10/21/25  --     6,000     6      27F1150   06/2027  09:14  09:32  0         JZ   N    AR   afebrile, cleared by MD
8   10/28/25  92.1   6,000     6      27F1150   06/2027  09:22  09:39  0         JZ   N    MV
9   11/04/25  --     6,000     6      27F1150   06/2027  09:17  09:34  0         JZ   N    MV
10  11/11/25  --     6,000     6      27F1150   06/2027  09:40  09:58  0         JZ   N    MV   late arrival (bus)
11  11/18/25  89.4   6,000     6      27H0301   07/2027  09:11  09:28  0         JZ   N    MV   wt down; 6 g now >10 % over
                                                                                                  60 mg/kg - MD msg sent
12  11/25/25  --     5,000     5      27H0301   07/2027  09:13  09:27  0         JZ   N    AR   new order 5,000 mg (Castaneda
                                                                                                  11/20)
13  12/02/25  --     5,000     5      27H0301   07/2027  09:16  09:30  0         JZ   N    MV
14  12/09/25  88.6   5,000     5      27Q0417   08/2027  09:18  09:34  0         JZ   N    MV   all 5 vials used, no waste
15  12/16/25  --     5,000     5      27Q0417   08/2027  09:21  09:35  0         JZ   N    MV
16  12/23/25  --     5,000     5      27Q0417   08/2027  09:10  09:24  0         JZ   N    AR
17  12/31/25  --     5,000     5      27Q0417   08/2027  10:05  10:19  0         JZ   N    MV   Wed - clinic closed 12/30
18  01/06/26  87.9   5,000     5      27R0088   09/2027  09:14  09:28  0         JZ   N    MV

Legend: Wt measured on clinic scale (kg) when shown; "--" = not weighed that visit.
Given mg = sum of labeled potency of vials pooled and infused (entire contents).
Waste mg = drug remaining in vials/bag after infusion. Mod = modifier on drug line.
Rxn = infusion reaction (Y/N). Start/Stop = A1PI infusion start/stop (pump), not chair time.
RN: MV = Maribel Vance, RN; AR = Alan Reyes, RN.

Row 14 detail (12/09/2025), from MAR:
  Chair 3. Arrived 08:58. VS 09:05 BP 126/80 HR 72 RR 16 SpO2 95 % RA T 36.8.
  PIV 22 g R hand 09:08. Reconstitution 5 x 20 mL SWFI 09:09-09:15, pooled 100 mL.
  Prolastin-C 5,000 mg IV at 7.0 mL/min (0.08 mL/kg/min x 88.6 kg), start 09:18, stop 09:34.
  VS 09:35 BP 122/78 HR 74 SpO2 96 %. No reaction. PIV out 09:52. Discharged 09:55.
  Waste 0 mg - JZ.

Totals this period: 18 doses given, 1 held; 101,000 mg dispensed and administered;
0 mg wasted; 0 reactions.
"""

D2 = """DESERT VALLEY LUNG CENTER
Pulmonary Medicine - Therapy Summary / Letter of Medical Necessity (reauthorization)
Date: 01/08/2026
Patient: Raymond T. Ochoa     DOB 07/19/1964     MRN DVL-220731
Payer: Mercy Care (AHCCCS)    Member ID A60418823
Current authorization: PA # 1102558391, approved 07/01/2025 through 06/30/2026
Author: Elena Castaneda, MD, Pulmonary and Critical Care

To the Mercy Care Pharmacy & Therapeutics / Utilization Management reviewer:

I am writing to summarize Mr. Ochoa's course on alpha-1 proteinase inhibitor augmentation
for the interim review you requested on 12/29/2025 (your reference UM-REF-88140; this is a
review reference, not a new authorization).

Diagnosis and baseline
- Alpha-1 antitrypsin deficiency (E88.01), diagnosed 02/2021 during evaluation of dyspnea
  and an abnormal chest CT.
- SERPINA1 genotype (Baylor Genetics, 03/2021): PI*Z (c.1096G>A) and PI*Mmalton
  (c.226_228del, p.Phe76del), compound heterozygous: PI*Z/Mmalton.
- Pre-treatment serum AAT (03/2021): 6.1 umol/L (reference 20-48 umol/L).
- CT chest 02/2021: emphysema, panlobular, lower-lobe predominant; bronchial wall thickening.
- Spirometry 03/2021: FEV1 2.21 L, 59 % predicted; post-BD FEV1/FVC 0.52.
- He has never smoked. Past occupational dust exposure (copper mine, 1986-2004).

Course on therapy
- Prolastin-C weekly since 05/2021, clinic-administered; adherence 97 % over 4.5 years.
- Most recent spirometry 11/2025: FEV1 1.98 L, 52 % predicted, post-BD ratio 0.50. That
  is an average loss of ~50 mL/year, compared with 110 mL/year in the 3 years before
  diagnosis (employer screening spirometry).
- Exacerbations: 1 in 2025 (10/2025, febrile bronchitis, treated as outpatient with
  amoxicillin-clavulanate; dose held one week), versus 3 in the 12 months before therapy.
- No infusion reactions in 230+ doses.
- Weight: he intentionally lost weight on a supervised diet, 97.8 kg in 09/2025 to 88.6 kg
  on 12/09/2025. The dose was reduced from 6,000 mg to 5,000 mg on 11/25/2025 to stay at
  60 mg/kg +/- 10 %. At 88.6 kg the label dose is 5,316 mg; 5,000 mg is within 6 %.
- Weekly doses given in the last period are in the attached infusion log (printed today).

Assessment
In my judgement Mr. Ochoa is responding to augmentation: his lung function decline has
slowed by more than half, exacerbations are less frequent and milder, and he remains
fully active at work (warehouse supervisor). He tolerates therapy well. He continues to
meet your criteria: severe deficiency genotype with a pre-treatment level below 11 umol/L,
emphysema with FEV1 between 25 and 80 % predicted, never-smoker, on optimal inhaled
therapy (tiotropium/olodaterol 2.5/2.5 mcg 2 puffs daily; albuterol PRN).

Plan
- Continue Prolastin-C 60 mg/kg IV weekly; reweigh every 4 weeks.
- If his weight falls below 83 kg, the dose will be reduced to 4,000 mg - not expected.
- Repeat spirometry 05/2026 before the annual renewal.
- Hepatology follow-up for AATD liver screen (elastography 7.2 kPa 2025) - stable.

Please contact me at 602-555-0133 with questions.

Elena Castaneda, MD
Electronically signed 01/08/2026 16:44
Attachment: Alpha-1 augmentation therapy log 09/02/2025 - 01/06/2026 (1 page)
"""

CHART = {
    "chart_id": "b15-005",
    "date_of_service": "2025-12-09",
    "payer": {"profile": "medicaid", "name": "Mercy Care (AHCCCS Complete Care)"},
    "prior_authorization": "1102558391",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-08", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-01-08", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b15-005",
    "profile": "medicaid",
    "requirements": reqs(
        "medicaid",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="met", code_selection="met",
        smoking_status="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d2", "Alpha-1 antitrypsin deficiency (E88.01), diagnosed 02/2021")),
        F("genotype", ("d2", "compound heterozygous: PI*Z/Mmalton"), alleles=["Z", "MMALTON"]),
        F("serum_aat", ("d2", "6.1 umol/L"), value=6.1, unit="uM"),
        F("lung_disease", ("d2", "emphysema, panlobular"), value="emphysema"),
        W(("d1", "1   09/02/25  97.8"), 97.8, "kg"),
        W(("d1", "5   09/30/25  95.0"), 95.0, "kg"),
        W(("d1", "8   10/28/25  92.1"), 92.1, "kg"),
        W(("d1", "11  11/18/25  89.4"), 89.4, "kg"),
        W(("d1", "14  12/09/25  88.6"), 88.6, "kg"),
        W(("d1", "18  01/06/26  87.9"), 87.9, "kg"),
        F("dose", ("d1", "Prolastin-C 5,000 mg IV at 7.0 mL/min"), value=5000),
        F("wastage", ("d1", "Waste 0 mg - JZ."), value=0),
        F("lot_number", ("d1", "14  12/09/25  88.6   5,000     5      27Q0417"), value="27Q0417"),
        F("expiration_date", ("d1", "27Q0417   08/2027  09:18"), value="2027-08"),
        F("infusion_start", ("d1", "start 09:18, stop 09:34"), value="09:18"),
        F("infusion_end", ("d1", "start 09:18, stop 09:34"), value="09:34"),
        F("fev1", ("d2", "FEV1 2.21 L, 59 % predicted"), value=59),
        F("fev1", ("d2", "FEV1 1.98 L, 52 % predicted"), value=52),
        F("response_to_therapy", ("d2", "Mr. Ochoa is responding to augmentation")),
        F("prior_authorization", ("d2", "PA # 1102558391"), value="1102558391"),
        F("smoking_status", ("d2", "He has never smoked."), value="never"),
        F("drug_product", ("d1", "Product: Prolastin-C (lyophilized)"), value="Prolastin-C"),
    ],
    "notes": (
        "Complete. Four-month augmentation therapy log (18 dose rows + 1 held row), printed after the "
        "DOS; only row 14 (12/09/2025) is the date of service, with a MAR detail block. Every weight "
        "in the log is the patient's (6 weight findings); dose, lot, expiry and times only from row 14. "
        "Traps: earlier rows with 6,000 mg and other lots/expiries and times; rows after the DOS "
        "(12/16-01/06) with lot 27R0088; the 11/18 row note that 6 g was >10 % over; held dose with "
        "Augmentin 875 mg; period totals 101,000 mg; 'label dose 5,316 mg' calculation; hypothetical "
        "4,000 mg if weight < 83 kg; payer criteria paraphrased in the letter; UM review reference "
        "UM-REF-88140 is not a PA; AHCCCS member ID; serum reference 20-48 umol/L. Dose 5,000 mg vs "
        "5,316 mg target = -5.9 % (inside tolerance). 'Bronchial wall thickening' is not listed as a "
        "lung_disease value."
    ),
}

ARITH = {
    "weight_kg": 88.6, "weight_source": "d1 log row 14 (DOS)",
    "product": "Prolastin-C", "code": "J0256", "billing_unit_mg": 10,
    "dose_mg": 5000, "vial_total_mg": 5000, "waste_mg": 0,
    "billed_admin_units": 500, "billed_jw_units": 0,
    "modifier_expected": "JZ", "modifier_billed": "JZ",
    "lots": [{"lot": "27Q0417", "exp": "2027-08"}],
    "start": "09:18", "end": "09:34",
}
