from _lib import F, W, reqs, gold

D1 = """MAYO CLINIC LABORATORIES                                   Rochester, MN 55905   800-533-1710
Final Report                                                Client: Bayfront Medical Center Lab

PATIENT: STRAND, WILHELMINA J            MCL ID: 5520017734        Order #: BF-2511-04421
DOB: 03/09/1966  Age: 59Y  Sex: F        Ordering provider: QUARTERMAN, NIKOLAI V, MD
Collected: 11/04/2025 07:48             Received: 11/05/2025 10:02     Reported: 11/10/2025 15:31

A1ATP  Alpha-1-Antitrypsin Proteotype, Serum
------------------------------------------------------------------------------------------
Alpha-1-Antitrypsin, S                  68  L         mg/dL          Ref: 100-190 mg/dL
   Method: Nephelometry
A1A Proteotype                          SZ                           Ref: MM
Interpretation:
   Alpha-1-antitrypsin proteotype SZ detected by liquid chromatography tandem mass spectrometry.
   This individual carries one S and one Z allele. The SZ proteotype is associated with a
   moderate reduction in serum AAT and an increased risk of emphysema, particularly in
   smokers. Most individuals with the SZ proteotype have serum concentrations between 10 and
   23 micromol/L.
   General information: Alpha-1-antitrypsin (AAT) is the major serum protease inhibitor.
   Concentrations below 70 mg/dL may indicate homozygous deficiency; concentrations below
   125 mg/dL should prompt proteotyping. The reference proteotype (MM) is shown for comparison
   only.
   Reflex: SERPINA1 gene sequencing NOT performed (result explained by SZ proteotype).

CRP, Serum                              2.1                 mg/L       Ref: <=8.0 mg/L
------------------------------------------------------------------------------------------
Performing site: Mayo Clinic Laboratories - Rochester Main Campus, 200 First St SW,
Rochester, MN 55905. Lab Director: William G. Morice II, MD, PhD. CLIA 24D0404292.
"""

D2 = """SEABRIGHT CARE PARTNERS                        Specialty Drug Management
Fax: 855-555-0106   Phone: 855-555-0105                            Letter date: 05/29/2026

PRIOR AUTHORIZATION - APPROVAL FOLLOWING PEER-TO-PEER REVIEW
Member:  WILHELMINA J STRAND          Member #: SCP-77104120      DOB: 03/09/1966
Product: Seabright Select (commercial EPO)
Requesting provider: Nikolai V. Quarterman, MD, Bayfront Pulmonary
Servicing facility: Bayfront Medical Center Outpatient Infusion (POS 22)

Original determination (05/14/2026, reference DN-2605-3318): DENIED - criterion 3 not met
(phenotype other than PiZZ / PiZ(null) / Pi(null,null) without a serum level below
11 micromol/L).

Peer-to-peer completed 05/28/2026 between Dr. Quarterman and Dr. L. Achterberg (medical
director). Additional information: FEV1 decline of 150 mL/year over two years documented.

REVISED DETERMINATION: APPROVED
Authorization #:        SCP-A1-2606-0042
Drug:                   Glassia (alpha1-proteinase inhibitor, human) 1 g/50 mL
HCPCS:                  J0257 (10 mg)
Quantity:               up to 400 units (4,000 mg) per week
Effective:              06/01/2026 - 11/30/2026 (6 months; renewal requires response data)

Policy SCP-MP-7.021 criteria (summarized):
  1. Age >= 18 with emphysema due to congenital AAT deficiency.
  2. Serum AAT < 11 micromol/L (< 57 mg/dL by nephelometry; < 80 mg/dL by RID).
  3. PiZZ, PiZ(null), Pi(null,null); PiSZ only when the serum level meets criterion 2.
  4. Post-bronchodilator FEV1 25-80% predicted OR FEV1 decline > 120 mL/year.
  5. Current non-smoker; optimal COPD maintenance therapy.
The medical director approved on the basis of criterion 4 (rapid decline). The approval does not
modify the policy criteria for future requests.

Wastage: Seabright does not reimburse discarded drug. Do not report modifier JW. Report the
administered dose only.

Authorization is not a guarantee of payment; claims are subject to member eligibility, benefit
limits and claims edits in effect on the date of service.
Questions: 855-555-0105. Please reference the authorization number.
"""

D3 = """BAYFRONT MEDICAL CENTER - OUTPATIENT INFUSION
MAR - ADMINISTRATION HISTORY (single encounter)              Printed 06/16/2026 13:58
STRAND, WILHELMINA J    MRN 20817744    59 y.o. F    Encounter 06/16/2026 Infusion
Weight 63.5 kg (06/16/2026 08:03)   Height 162.6 cm   Allergies: Shellfish (hives)

Medication                               Action          Time    Dose / Rate           User
---------------------------------------  --------------  ------  --------------------  ------
acetaminophen 650 mg tab PO               Given           08:14   650 mg                HLV
alpha1-proteinase inhibitor (GLASSIA)     Scanned         08:26   4 vials               HLV
  3,810 mg in 190.5 mL IV
alpha1-proteinase inhibitor (GLASSIA)     New Bag         08:31   3,810 mg @ 2 mL/min   HLV
alpha1-proteinase inhibitor (GLASSIA)     Rate Change     08:41   6 mL/min              HLV
alpha1-proteinase inhibitor (GLASSIA)     Stopped         09:10   190.5 mL infused      HLV
sodium chloride 0.9% 250 mL               New Bag         08:20   KVO 15 mL/h           HLV
sodium chloride 0.9% 250 mL               Stopped         09:22                         HLV
sodium chloride 0.9% flush 10 mL          Given           08:19   10 mL                 HLV
sodium chloride 0.9% flush 10 mL          Given           09:11   10 mL                 HLV

Order details - GLASSIA: 60 mg/kg x 63.5 kg = 3,810 mg = 190.5 mL (20 mg/mL). 5 micron filter.
Product scan: GLASSIA 1 g/50 mL  NDC 0944-2884-01  Lot LGA26A118B  Exp 03/31/2027  x 4 vials
Waste: 9.5 mL (190 mg) remaining in the last vial discarded - witness R. Matsuda RN 09:12.

Vitals: 08:03 BP 118/72 HR 84 SpO2 93% | 08:50 BP 114/70 HR 82 SpO2 94% | 09:15 BP 116/72 HR 80
Discharge 09:30 ambulatory.
User key: HLV = Henrietta L. Vasquez, RN
"""

D4 = """BAYFRONT PULMONARY - CLINIC NOTE
Patient: Wilhelmina J. Strand   DOB 03/09/1966   MRN 20817744
Date: 06/16/2026   Provider: Nikolai V. Quarterman, MD
Location: Bayfront Outpatient Infusion, bay 2

Reason: 1st month of Glassia augmentation; seen during infusion #3.

HPI: 59-year-old woman with alpha-1 antitrypsin deficiency, PI*SZ (Mayo proteotype SZ),
serum AAT 68 mg/dL (11/2025) and repeat 12.6 umol/L (02/2026, Bayfront lab), centrilobular and
panacinar emphysema on CT, and accelerated FEV1 decline (2.02 L in 2024 -> 1.71 L in 2026).
Augmentation started 06/02/2026 after approval on peer-to-peer. She is tolerating Glassia well,
no infusion reactions; it is too early to judge effect on lung function. Breathing unchanged:
dyspnea after one flight of stairs, mMRC 2. No exacerbation since 01/2026 (prednisone 40 mg x 5
days, doxycycline 100 mg BID x 7 days). Morning cough with white sputum.
Former smoker (18 pack-years, quit 2019). No vaping. Office manager, no occupational exposures.
Brother PI*ZZ with AAT 21 mg/dL, on augmentation in another state. Mother had "bronchitis,"
never tested.

ROS: no fever, weight stable, no chest pain, no leg swelling, no jaundice or pruritus.

Meds: Breztri 2 puffs BID; albuterol PRN; Glassia weekly; escitalopram 10 mg daily;
acetaminophen 650 mg premed; calcium/vitamin D.

Exam: BP 118/72, HR 84, SpO2 93% RA, weight 63.5 kg. Mild expiratory wheeze at bases. No
hepatomegaly. No edema.

PFT 04/2026: FEV1 1.71 L (47% predicted) post-BD, FEV1/FVC 0.52, DLCO 55%.
Labs 05/2026: ALT 21, AST 25, platelets 241, IgA 164 mg/dL.

A/P:
1. AATD, SZ, with emphysema (E88.01, J43.2). Continue Glassia 60 mg/kg weekly (3,810 mg today).
   Discussed that her levels are above the usual 11 uM protective threshold and that evidence for
   augmentation in SZ is limited; she wishes to continue given her FEV1 decline.
2. Repeat spirometry in 6 months for reauthorization (SCP-A1-2606-0042 through 11/30/2026).
3. Recheck trough AAT in 3 months (expected to rise on therapy). If the trough stays below
   11 uM on therapy we would discuss dose, but no change now.
4. Pulmonary rehab referral; influenza in the fall; RSV vaccine given 10/2025.

N. V. Quarterman, MD   06/16/2026 10:40
"""

CHART = {
    "chart_id": "b16-011",
    "date_of_service": "2026-06-16",
    "payer": {"profile": "commercial", "name": "Seabright Care Partners - Seabright Select EPO"},
    "prior_authorization": "SCP-A1-2606-0042",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 381, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2025-11-10", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-05-29", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-06-16", "text": D3},
        {"id": "d4", "type": "progress_note", "date": "2026-06-16", "text": D4},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha-1 antitrypsin deficiency, PI*SZ"),
    (F("genotype", alleles=["S", "Z"]), "A1A Proteotype                          SZ"),
    (F("serum_aat", value=68, unit="mg/dL"), "Alpha-1-Antitrypsin, S                  68  L         mg/dL"),
    (F("serum_aat", value=12.6, unit="uM"), "repeat 12.6 umol/L"),
    (F("lung_disease", value="emphysema"), "centrilobular and\npanacinar emphysema on CT"),
    (W(63.5), "Weight 63.5 kg (06/16/2026 08:03)"),
    (F("fev1", value=47), "FEV1 1.71 L (47% predicted)"),
    (F("dose", value=3810), "New Bag         08:31   3,810 mg"),
    (F("wastage", value=190), "Waste: 9.5 mL (190 mg)"),
    (F("lot_number", value="LGA26A118B"), "Lot LGA26A118B"),
    (F("expiration_date", value="2027-03-31"), "Exp 03/31/2027"),
    (F("infusion_start", value="08:31"), "New Bag         08:31"),
    (F("infusion_end", value="09:10"), "Stopped         09:10"),
    (F("response_to_therapy"), "She is tolerating Glassia well"),
    (F("prior_authorization", value="SCP-A1-2606-0042"), "Authorization #:        SCP-A1-2606-0042"),
    (F("smoking_status", value="former"), "Former smoker (18 pack-years, quit 2019)"),
    (F("drug_product", value="Glassia"), "(GLASSIA)"),
]

GOLD = gold(CHART, "commercial", reqs(
    "commercial",
    aatd_diagnosis="met", genotype="conflict", serum_aat_level="conflict", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="met", code_selection="met", smoking_status="met",
    fev1_range="met",
), FINDINGS,
    "Gaps: serum_aat_level conflict (68 mg/dL by nephelometry >= 57; 12.6 umol/L >= 11; no RID method) and "
    "genotype conflict (commercial profile: PI*SZ counts only with a level below threshold). The payer's "
    "approval after peer-to-peer does not change the documentation test. Traps: Mayo 'Ref: MM' is not a "
    "result; 'between 10 and 23 micromol/L', 'below 70 mg/dL', '125 mg/dL' and the letter's criteria are "
    "general/policy text; brother PI*ZZ 21 mg/dL is family; denial reference DN-2605-3318 is not a PA number. "
    "Commercial wastage met: 190 mg waste documented, no JW and no JZ on J0257 x 381 = ceil(3810/10). "
    "Order calc equals the dose given (3,810 mg). 'tolerating Glassia well' is a response statement per the "
    "guide. NS KVO 08:20-09:22, scan 08:26, flushes, discharge 09:30 are not infusion times; 'If the trough stays below 11 uM' is hypothetical.")

ARITH = {
    "dos": "2026-06-16",
    "product_dos": ["Glassia"],
    "weight_kg": 63.5, "weight_source": "MAR header 06/16/2026 08:03",
    "dose_mg": 3810, "dose_source": "MAR New Bag 3,810 mg = 190.5 mL",
    "vials": [{"product": "Glassia 1 g/50 mL", "mg": 1000}] * 4,
    "code": "J0257", "bu": 10,
    "units_billed": 381, "modifiers_admin": [],
    "waste_mg": 190, "jw_units_billed": None,
    "lots": [{"lot": "LGA26A118B", "exp": "2027-03-31"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
