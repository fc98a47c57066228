from _h import F, W, reqs

D1 = """RIVERBEND HEALTH                                               AVS / Visit Summary - Infusion
LINDQVIST, GREGORY P    MRN 3308-1174    DOB 3/2/1967    Male    58 yrs
Date of visit: 2/24/2026    Location: RIVERBEND INFUSION - NORTH CAMPUS, Bay 6
Authorizing provider: Anjali Mehra, MD (Pulmonology)       Visit #: 558830142
Check-in 0931    Roomed 0938    Checkout 1117
Insurance: UNITEDHEALTHCARE CHOICE PLUS (commercial)   Auth #: A074412859 (08/20/2025-08/19/2026)

Reason for visit
  Alpha-1 antitrypsin deficiency [E88.01]
  Centrilobular emphysema [J43.2]
  Chronic obstructive pulmonary disease, unspecified [J44.9]

Vitals
  Time   BP       Pulse  Temp            Resp  SpO2  Wt                      Ht
  0940   142/86   88     36.9 °C (98.4)  18    95%   94 kg (207 lb 3.8 oz)   185.4 cm (6' 1")
  1011   138/84   104    --              20    95%
  1030   134/82   90     --              18    96%
  1100   130/80   84     36.8 °C (98.2)  16    96%

MAR - Medications Administered This Visit
  alpha1-proteinase inhibitor (ZEMAIRA) 5,640 mg in sterile water IVPB
    ordered 60 mg/kg x 94 kg     dispensed: 4 g kit (actual 3,940 mg) + 1 g x2 (actual 1,010 mg ea)
    Action          Time    Dose       Rate          Site                 User
    New Bag         1002    5,640 mg   7.5 mL/min    L antecubital PIV    B. Hollis, RN
    Paused          1009    --         --                                 B. Hollis, RN
       comment: facial flushing, HR 104, no wheeze/hives. Paused, MD paged 1010.
    Restarted       1016    --         3.8 mL/min                         B. Hollis, RN
       comment: symptoms resolved after diphenhydramine; restart at 50 % rate per Dr. Mehra
    Rate Change     1024    --         7.5 mL/min                         B. Hollis, RN
    Stopped         1028    --         --                                 B. Hollis, RN
       comment: infusion complete. 5,640 mg infused. Lots: P100B10233 (4 g kit, exp
       06/30/2027) and P100B07751 (1 g vials x2, exp 12/31/2026). Residual 320 mg (6.4 mL) in
       the last 1 g vial wasted in pharmaceutical waste, witnessed by T. Greer, RN 1031.
  diphenhydramine (BENADRYL) injection
    Given           1010    25 mg      --            IV push              B. Hollis, RN
  famotidine (PEPCID) injection
    Given           1012    20 mg      --            IV push              B. Hollis, RN
  sodium chloride 0.9 % bolus
    Given           1029    20 mL      --            IV                   B. Hollis, RN

Lines/Drains/Airways
  PIV 20 G L antecubital - inserted 0947 by B. Hollis, RN; removed 1109, intact, site clean.
  Airway: none.

Nursing note (B. Hollis, RN, 1114)
  Premed-free infusion per order. Mild flushing 7 min into infusion, resolved with
  diphenhydramine and famotidine and a temporary rate reduction. Observed 30 min extra,
  no recurrence, no hypotension. Pt drove? - No, wife driving after diphenhydramine.
  Dr. Mehra aware; she will decide at next visit whether to add premedication.

Patient instructions
  You had a mild reaction (flushing) today that went away with medicine. Before your next
  infusion on 3/3/2026 your doctor may ask you to take cetirizine 10 mg by mouth 1 hour
  before. Do not drive for 6 hours after diphenhydramine (Benadryl).
  Call 555-0199 for rash, swelling or trouble breathing.
"""

D2 = """HELIX REFERENCE LABORATORY                   Alpha-1 Antitrypsin Deficiency Profile
Patient LINDQVIST, GREGORY P  DOB 03/02/1967  M    Client RIVERBEND PULMONARY (A. Mehra)
Accession HX-25-196-00814   Collected 07/15/2025 09:12   Final 07/24/2025 13:30
-------------------------------------------------------------------------------------------
Test                                          Reference          07/15/2025
-------------------------------------------------------------------------------------------
Alpha-1-Antitrypsin, serum   [mg/dL]          100 - 190          68  (L)
   method: rate nephelometry
C-Reactive Protein, high sens.   [mg/L]       0.0 - 3.0          1.4
Alpha-1-Antitrypsin Phenotype (IEF)           MM                 SZ  (A)
SERPINA1 S allele, c.863A>T (p.Glu288Val)     Not detected       Detected, heterozygous
SERPINA1 Z allele, c.1096G>A (p.Glu366Lys)    Not detected       Detected, heterozygous
-------------------------------------------------------------------------------------------
(L) low  (H) high  (A) abnormal

Interpretation (M. Castellanos, MD, PhD, 07/24/2025)
Serum AAT is low at 68 mg/dL, consistent with the phenotype. IEF identifies S and Z
protein bands with no M band, and targeted genotyping detects one S and one Z allele,
consistent with compound heterozygosity: PI*SZ. Individuals with PI*SZ typically have
intermediate deficiency; levels below about 57 mg/dL by nephelometry (11 umol/L) are
associated with increased emphysema risk, particularly in smokers. Note that this assay
cannot detect null or rare deficiency alleles; if the clinical picture is discordant,
SERPINA1 sequencing is available (test code SERPSEQ).
Family members: first-degree relatives may carry S or Z alleles; testing is recommended.

Performing laboratory: Helix Reference Laboratory, 4100 Research Pkwy, Columbus OH
CLIA 36D2104488   Director R. Osei, MD
"""

D3 = """RIVERBEND PULMONARY DIAGNOSTICS - BreezeSuite 8.4
PULMONARY FUNCTION REPORT                                   Report date 07/15/2025
Name: LINDQVIST, GREGORY P   ID: 3308-1174   DOB: 03/02/1967   Age: 58   Gender: M
Height: 185.4 cm   Weight: 96.2 kg   Race/ref: GLI global   Tech: A. Pruitt
Referring: A. Mehra, MD   Diagnosis on requisition: dyspnea, COPD, abnormal AAT

PRE-BRONCHODILATOR
Parameter             Actual     Pred     %Pred      LLN     Z-score
FVC (L)                4.71      5.62       84      4.55      -1.30
FEV1 (L)               2.71      4.44       61      3.55      -3.08
FEV1/FVC (%)           57.5      79.0       73      69.4      -2.71
FEF25-75% (L/s)        1.18      4.05       29      2.40      -3.02
PEF (L/s)              7.62      9.98       76      7.35      -1.45

POST-BRONCHODILATOR (albuterol 4 x 90 mcg, 15 min)
Parameter             Actual     Pred     %Pred      LLN     Z-score    Change
FVC (L)                4.86      5.62       86      4.55      -1.12       +3 %
FEV1 (L)               2.80      4.44       63      3.55      -2.89       +3 %
FEV1/FVC (%)           57.6      79.0       73      69.4      -2.70
FEF25-75% (L/s)        1.24      4.05       31      2.40      -2.92

LUNG VOLUMES (N2 washout)
TLC (L)                8.15      7.38      110      6.15      +0.78
RV (L)                 3.10      2.43      128      1.70      +1.42
RV/TLC (%)             38.0      33.1      115

DIFFUSION
DLCO (mL/min/mmHg)    21.6      31.8       68      24.3      -2.04
VA (L)                 7.02      7.21       97

Session notes: Good effort and cooperation; acceptability ATS/ERS grade A (spirometry),
B (DLCO). Last SABA > 8 h, last LAMA/LABA > 36 h before test.

Interpretation:
Moderate obstructive ventilatory defect. No significant bronchodilator response.
Lung volumes normal; mild air trapping. Mild-to-moderate reduction in diffusing capacity.
Compared with 06/2023 (FEV1 3.05 L, 68 % predicted): FEV1 has fallen 340 mL in 25 months,
about 160 mL/year.
Reviewed and signed: Anjali Mehra, MD  07/17/2025
"""

D4 = """RIVERBEND PULMONARY & SLEEP MEDICINE
Follow-up visit                                        Date of service: 01/27/2026
Patient: Gregory P. Lindqvist   DOB 03/02/1967   MRN 3308-1174
Provider: Anjali Mehra, MD

Interval history
Mr. Lindqvist is a 58-year-old former smoker (20 pack-years, quit 2015) with COPD and
centrilobular plus paraseptal emphysema on CT who was found in 07/2025 to have alpha-1
antitrypsin deficiency, PI*SZ, with an AAT level of 68 mg/dL (low). An outside level in
2019 at his previous pulmonologist was 12.6 umol/L, and no genotype was done then. Because
of a rapid FEV1 decline (about 160 mL/yr) we requested augmentation; UnitedHealthcare
denied the first request (denial reference DN-2025-07713: "serum AAT not below
11 umol/L") and approved it on appeal after peer-to-peer review on 08/20/2025, auth
A074412859 through 08/19/2026. He began weekly Zemaira on 09/02/2025.

Since starting he reports no exacerbations (he had two in the first half of 2025), his
morning cough is less, and he has returned to cycling 20 minutes on a stationary bike.
He is tolerating the infusions; no reactions so far. Still not smoking; cotinine
negative 10/2025. His daughter (29) was tested: PI*MS, AAT 102 mg/dL.

Medications: Zemaira 60 mg/kg IV weekly (Riverbend North infusion); Trelegy Ellipta
200-62.5-25 mcg 1 inhalation daily; albuterol PRN; losartan 50 mg daily;
rosuvastatin 10 mg; sildenafil PRN. NKDA.

Exam: BP 136/84, HR 80, SpO2 95 % RA, weight 94.5 kg, BMI 27.5. Mildly prolonged
expiration, no wheezes. No edema.

Data: PFT 07/15/2025 - FEV1 2.71 L (61 % predicted), post-BD 63 %, DLCO 68 %; moderate
obstruction. CT chest 06/2025 - centrilobular and paraseptal emphysema, upper > lower.
LFTs normal.

Assessment and plan
1. Alpha-1 antitrypsin deficiency, PI*SZ, with emphysema and COPD. Early response to
   augmentation looks favorable - no exacerbations in 5 months, symptoms improved,
   tolerating well. Continue Zemaira 60 mg/kg weekly. Spirometry 03/2026 to see whether the
   rate of decline is changing.
2. COPD maintenance: continue Trelegy.
3. Former tobacco use: remains abstinent.
4. Family: daughter is a carrier (MS); son not yet tested - referred to genetic counseling.

Anjali Mehra, MD   e-signed 01/27/2026 18:02
"""

CHART = {
    "chart_id": "b15-006",
    "date_of_service": "2026-02-24",
    "payer": {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"},
    "prior_authorization": "A074412859",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 564, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96375", "units": 2, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-24", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2025-07-24", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2025-07-15", "text": D3},
        {"id": "d4", "type": "progress_note", "date": "2026-01-27", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b15-006",
    "profile": "commercial",
    "requirements": reqs(
        "commercial",
        aatd_diagnosis="met", genotype="conflict", serum_aat_level="conflict",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="met", code_selection="met",
        smoking_status="met", fev1_range="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d1", "Alpha-1 antitrypsin deficiency [E88.01]")),
        F("genotype", ("d2", "consistent with compound heterozygosity: PI*SZ"), alleles=["S", "Z"]),
        F("serum_aat", ("d2", "68  (L)"), value=68, unit="mg/dL"),
        F("serum_aat", ("d4", "12.6 umol/L"), value=12.6, unit="uM"),
        F("lung_disease", ("d1", "Centrilobular emphysema [J43.2]"), value="emphysema"),
        F("lung_disease", ("d1", "Chronic obstructive pulmonary disease, unspecified [J44.9]"), value="copd"),
        F("lung_disease", ("d3", "Moderate obstructive ventilatory defect."), value="airflow_obstruction"),
        W(("d1", "94 kg (207 lb 3.8 oz)"), 94, "kg"),
        W(("d3", "Weight: 96.2 kg"), 96.2, "kg"),
        W(("d4", "weight 94.5 kg"), 94.5, "kg"),
        F("dose", ("d1", "5,640 mg infused"), value=5640),
        F("wastage", ("d1", "Residual 320 mg (6.4 mL)"), value=320),
        F("lot_number", ("d1", "Lots: P100B10233"), value="P100B10233"),
        F("lot_number", ("d1", "P100B07751"), value="P100B07751"),
        F("expiration_date", ("d1", "06/30/2027"), value="2027-06-30"),
        F("expiration_date", ("d1", "exp 12/31/2026"), value="2026-12-31"),
        F("infusion_start", ("d1", "New Bag         1002"), value="10:02"),
        F("infusion_end", ("d1", "Stopped         1028"), value="10:28"),
        F("fev1", ("d3", "FEV1 (L)               2.71      4.44       61"), value=61),
        F("fev1", ("d3", "FEV1 (L)               2.80      4.44       63"), value=63),
        F("fev1", ("d3", "FEV1 3.05 L, 68 % predicted"), value=68),
        F("response_to_therapy", ("d4", "Early response to\n   augmentation looks favorable")),
        F("prior_authorization", ("d4", "auth\nA074412859"), value="A074412859"),
        F("smoking_status", ("d4", "former smoker (20 pack-years, quit 2015)"), value="former"),
        F("drug_product", ("d1", "(ZEMAIRA) 5,640 mg"), value="Zemaira"),
    ],
    "notes": (
        "Epic-style infusion AVS (MAR with New Bag / Paused / Restarted / Rate Change / Stopped) plus "
        "a reference-lab profile with result and flag to the right of the reference column and the "
        "unit inside the test name, plus a BreezeSuite PFT and a pulmonary follow-up. Gaps: "
        "serum_aat_level conflict (68 mg/dL by rate nephelometry and 12.6 umol/L, both at or above "
        "57 mg/dL / 11 uM although the physician calls 68 'low'); genotype conflict (PI*SZ under the "
        "commercial profile without a documented level below threshold). Traps: pause 1009 and "
        "restart 1016 are not start/stop; diphenhydramine 25 mg, famotidine 20 mg; 'ordered 60 mg/kg x "
        "94 kg', vial actual potencies; PIV 0947/1109, check-in 0931, checkout 1117; hypothetical "
        "cetirizine; denial reference DN-2025-07713 is not the PA; daughter PI*MS 102 mg/dL (family); "
        "interpretive threshold text. Commercial wastage: 320 mg documented, no JW/JZ -> met. "
        "fev1 61/63 within 25-80."
    ),
}

ARITH = {
    "weight_kg": 94.0, "weight_source": "d1 vitals 0940 DOS",
    "product": "Zemaira", "code": "J0256", "billing_unit_mg": 10,
    "dose_mg": 5640, "vial_total_mg": 5960, "waste_mg": 320,
    "billed_admin_units": 564, "billed_jw_units": 0,
    "modifier_expected": "none (commercial)", "modifier_billed": "none",
    "lots": [{"lot": "P100B10233", "exp": "2027-06-30"}, {"lot": "P100B07751", "exp": "2026-12-31"}],
    "start": "10:02", "end": "10:28",
}
