from _h import F, W, reqs

D1 = """Pulmonary Associates of the Valley
1840 Eastgate Pkwy, Suite 210, Columbus, OH 43230   P (614) 555-0190   F (614) 555-0191

WHITCOMB, DENISE R   DOB: 08/03/1971 (54 yo F)   Acct #: 2231907   Ph: (614) 555-0172
Primary Ins: CareSource Ohio Medicaid (Member ID 106883472)   Secondary: none
Appt. Date/Time: 01/20/2026 09:30AM     Service Dept: PULM-EASTGATE
Provider: RAJIV MENON, MD              Encounter ID: 48810277

CHIEF COMPLAINT
  A1PI infusion day + 3 month pulmonary f/u.

HPI
  54 yo F with alpha-1 antitrypsin deficiency (PiZZ) dx 06/2019 after workup for early-onset
  emphysema, on weekly augmentation since 09/2019, here for routine 3-month visit on her
  infusion day. Last seen 10/21/2025. Interval: COPD exacerbation 11/2025 (URI trigger) treated
  by urgent care with prednisone 40 mg x 5 d and doxycycline 100 mg BID x 7 d, no ED/hospital.
  Back to baseline by early December. Walking 1/2 mile with stops. No hemoptysis, no chest pain.
  Using Trelegy daily, albuterol ~2x/wk. Denies infusion reactions. Wants to know if she can
  switch to home infusion - discussed that Medicaid plan requires site-of-care review first.

PROBLEM LIST  (reviewed 01/20/2026)
  Alpha-1-antitrypsin deficiency                               E88.01   onset 06/2019
  Emphysema, unspecified                                        J43.9    onset 06/2019
  Chronic obstructive pulmonary disease with acute exacerbation J44.1    11/2025 - RESOLVED
  Gastro-esophageal reflux disease without esophagitis          K21.9
  Nicotine dependence, cigarettes, in remission                 F17.211
  Osteopenia of multiple sites                                  M85.89
  Generalized anxiety disorder                                  F41.1
  Vitamin D deficiency                                          E55.9
  Hx of cholecystectomy                                         Z90.49

MEDICATIONS  (reconciled 01/20/2026)
  Prolastin-C Liquid 1,000 mg/20 mL IV solution - infuse 60 mg/kg (4,080 mg) IV once weekly
     in clinic; Rx: Menon; last filled PROLASTIN DIRECT 01/09/2026
  Trelegy Ellipta 100-62.5-25 mcg/actuation inhalation powder - 1 puff daily
  albuterol sulfate HFA 90 mcg/actuation - 2 puffs q4-6h PRN SOB/wheeze
  omeprazole 20 mg DR capsule - 1 cap daily before breakfast
  sertraline 50 mg tablet - 1 tab daily
  cholecalciferol (vitamin D3) 50 mcg (2,000 unit) - 1 cap daily
  alendronate 70 mg tablet - 1 tab weekly (Sundays)
  prednisone 10 mg tablet - 4 tabs daily x 5 days  [COMPLETED 11/2025]

ALLERGIES
  Sulfa (Sulfonamide Antibiotics): rash

SOCIAL HISTORY
  Tobacco: former smoker, 1/2-1 ppd x 22 yrs (~16 pack-yrs), quit 06/2019 at diagnosis.
  Vaping: never.  Alcohol: 1-2 drinks/month.  Marijuana: denies.
  Occupation: school bus dispatcher.  Lives with husband; 2 adult children.

FAMILY HISTORY
  Father: COPD, died 67.  Sister (49): tested 2020, PiMZ, AAT 88 mg/dL, asymptomatic.
  Sons (27, 24): PiMZ both (tested 2021).

VITALS
  BP: 118/72   HR: 84   RR: 18   Temp: 97.9 F   SpO2: 94 % RA   01/20/2026 09:41 am
  Ht: 5 ft 4 in   Wt: 150 lbs   BMI: 25.7   01/20/2026 09:41 am

EXAM
  Gen: well appearing, NAD, speaks full sentences.
  Lungs: diminished at bases bilat, prolonged expiratory phase, no wheeze, no crackles.
  CV: RRR, no m/r/g.  Ext: no edema, no clubbing.
  Skin: no panniculitis lesions.  Abd: soft, NT, no HSM.

RESULTS REVIEWED
  AAT, serum (LabCorp 06/12/2019): 22 mg/dL  [ref 90-200]  (pre-treatment)
  AAT phenotype (IEF, LabCorp 06/12/2019): ZZ
  SERPINA1 genotyping (Invitae 07/2019): c.1096G>A (p.Glu366Lys) homozygous - PI*ZZ
  Spirometry 12/16/2025 (in office): FEV1 1.18 L (44 % pred), FVC 2.57 L (73 % pred),
    FEV1/FVC 0.46 - severe obstruction, unchanged from 12/2024 (FEV1 1.21 L).
  CT chest 08/2024: panlobular emphysema, lower lobe predominant; no nodules.
  LFTs 12/2025: ALT 21, AST 24, alk phos 88, bili 0.5 - normal.

ASSESSMENT / PLAN
  1. Alpha-1-antitrypsin deficiency, PiZZ, with emphysema (E88.01, J43.9)
     - Doing well on augmentation: one exacerbation in 2025 vs 3-4/yr before therapy, FEV1
       essentially flat over 12 mo, tolerating weekly Prolastin-C Liquid without reactions.
     - Continue Prolastin-C Liquid 60 mg/kg IV weekly, infusion today per RN (see nursing
       addendum).
     - Current CareSource authorization on file through 01/31/2026 (number with referral
       coordinator, not in this note). Renewal packet faxed 01/14/2026 - CareSource
       tracking # TRK-0114-55821, determination pending. Next infusion 01/27/2026 only if
       renewal approved.
     - Home infusion: will request site-of-care review after renewal.
  2. COPD exacerbation 11/2025 - resolved. Continue Trelegy. Action plan reviewed;
     rescue pack NOT renewed today.
  3. Osteopenia - on alendronate; DEXA due 06/2026. Counseled re: steroid exposure.
  4. Health maintenance - Flu vaccine 10/2025 (pharmacy). COVID 2025-26 given 10/2025.
     RSV: not eligible by age unless high risk - will discuss at next visit.
  5. Former tobacco use - remains abstinent; praised.

  Return 3 months, spirometry at that visit.

Electronically signed by RAJIV MENON, MD on 01/20/2026 at 11:58AM
"""

D2 = """Pulmonary Associates of the Valley                                      ADDENDUM
WHITCOMB, DENISE R   DOB: 08/03/1971   Acct #: 2231907   Encounter ID: 48810277
Encounter date: 01/20/2026   Encounter provider: RAJIV MENON, MD
Addendum type: Nursing - medication administration (late entry)
Addendum by: TAMARA FITCH, RN     Created 01/20/2026 04:31PM     Signed 01/20/2026 04:42PM

Late entry for infusion given this morning; EHR infusion template unavailable during
09:45-11:30 downtime, paper worksheet transcribed below. Paper copy scanned to chart.

Order verified: Prolastin-C Liquid 60 mg/kg IV x1 today, wt-based, per Dr. Menon standing
order (renewed 10/21/2025).
Pt identified with name + DOB. Allergies reviewed (sulfa). No fever, no new infection sx;
exacerbation 11/2025 resolved per MD.
Weight this AM on clinic scale, shoes off: 68.0 kg.

Access: PIV 24 g L hand, 1 attempt, placed 10:02, + blood return, flushed NS 10 mL.
Premeds: none ordered, none given.

Product: Prolastin-C Liquid (alpha1-PI, human), ready to use, 50 mg/mL
  vial 1: 4,000 mg/80 mL   Lot 26A4417   Exp 05/31/2027
  vial 2:   500 mg/10 mL   Lot 26A3902   Exp 02/28/2027
  Both vials at room temp x 30 min prior; inspected clear, colorless to pale yellow.
Dose given: 4,080 mg (81.6 mL) IV via Sapphire pump, 15 micron filter set.
Rate: 5.4 mL/min (0.08 mL/kg/min).
Infusion start 10:11.  Infusion complete 10:27.  Line flushed NS 10 mL after.

Wasted: 420 mg (8.4 mL) left in vial 2 (500 mg vial), discarded in pharmaceutical waste
bin - single-use vial, no preservative. Witness: J. Ocampo, LPN.

VS:  10:05  BP 118/72  P 84  RR 18  SpO2 94 % RA
     10:20  BP 116/70  P 82  RR 18  SpO2 94 % RA
     10:40  BP 120/74  P 80  RR 16  SpO2 95 % RA
Pt tolerated infusion, no rash, itching, chest tightness or SOB. Observed 15 min after
infusion. PIV removed 10:44, cath intact, pressure dressing. Discharged ambulatory 10:50
with husband.

Charges entered: 96365 x1; J0256 x 408 units, modifier JZ; NDC 13533-0705-80 and -10.
Pt reminded: next infusion 01/27/2026 pending Medicaid renewal - front desk will call.

TAMARA FITCH, RN  01/20/2026 04:42PM
"""

CHART = {
    "chart_id": "b15-002",
    "date_of_service": "2026-01-20",
    "payer": {"profile": "medicaid", "name": "CareSource Ohio Medicaid"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 408, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-20", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-01-20", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b15-002",
    "profile": "medicaid",
    "requirements": reqs(
        "medicaid",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="conflict",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="missing", code_selection="met",
        smoking_status="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d1", "Alpha-1-antitrypsin deficiency                               E88.01")),
        F("genotype", ("d1", "AAT phenotype (IEF, LabCorp 06/12/2019): ZZ"), alleles=["Z", "Z"]),
        F("serum_aat", ("d1", "AAT, serum (LabCorp 06/12/2019): 22 mg/dL"), value=22, unit="mg/dL"),
        F("lung_disease", ("d1", "Emphysema, unspecified                                        J43.9"), value="emphysema"),
        F("lung_disease", ("d1", "Chronic obstructive pulmonary disease with acute exacerbation J44.1"), value="copd"),
        F("lung_disease", ("d1", "FEV1/FVC 0.46 - severe obstruction"), value="airflow_obstruction"),
        W(("d1", "Wt: 150 lbs"), 150, "lb"),
        W(("d2", "shoes off: 68.0 kg"), 68.0, "kg"),
        F("dose", ("d2", "Dose given: 4,080 mg (81.6 mL)"), value=4080),
        F("wastage", ("d2", "Wasted: 420 mg (8.4 mL)"), value=420),
        F("lot_number", ("d2", "Lot 26A4417"), value="26A4417"),
        F("lot_number", ("d2", "Lot 26A3902"), value="26A3902"),
        F("expiration_date", ("d2", "Exp 05/31/2027"), value="2027-05-31"),
        F("expiration_date", ("d2", "Exp 02/28/2027"), value="2027-02-28"),
        F("infusion_start", ("d2", "Infusion start 10:11"), value="10:11"),
        F("infusion_end", ("d2", "Infusion complete 10:27"), value="10:27"),
        F("fev1", ("d1", "FEV1 1.18 L (44 % pred)"), value=44),
        F("response_to_therapy", ("d1", "Doing well on augmentation")),
        F("smoking_status", ("d1", "former smoker, 1/2-1 ppd x 22 yrs"), value="former"),
        F("drug_product", ("d2", "Product: Prolastin-C Liquid"), value="Prolastin-C Liquid"),
    ],
    "notes": (
        "Athena-style pulmonary note (problem list, med list with the weekly order '60 mg/kg "
        "(4,080 mg)') plus nursing addendum signed 16:42 as a late entry carrying the whole "
        "administration. Gaps: wastage_documented conflict (420 mg discarded from the 500 mg vial but "
        "the claim has J0256 x408 JZ and no JW line; JW should be 42 units); prior_authorization "
        "missing (authorization 'on file' without a number; CareSource tracking number and Medicaid "
        "member ID are not PA numbers). Traps: weight 150 lbs in Athena vitals and 68.0 kg in the "
        "addendum (same weight, two findings); prednisone 40 mg / doxycycline 100 mg; sister and sons "
        "PiMZ (family), father COPD; PIV 10:02, removal 10:44, discharge 10:50, downtime window; "
        "planned next infusion. COPD exacerbation code J44.1 marked resolved still affirms COPD."
    ),
}

ARITH = {
    "weight_kg": 68.0, "weight_source": "d2 clinic scale DOS (d1 'Wt: 150 lbs' = 68.0 kg too)",
    "product": "Prolastin-C Liquid", "code": "J0256", "billing_unit_mg": 10,
    "dose_mg": 4080, "vial_total_mg": 4500, "waste_mg": 420,
    "billed_admin_units": 408, "billed_jw_units": 0,
    "modifier_expected": "JW line x42 (waste 420 mg)", "modifier_billed": "JZ on administered line",
    "lots": [{"lot": "26A4417", "exp": "2027-05-31"}, {"lot": "26A3902", "exp": "2027-02-28"}],
    "start": "10:11", "end": "10:27",
}
